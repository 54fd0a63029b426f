using System.Text;

namespace GitOpsLint.Cli.Tests;

/// <summary>The bad-input list, end to end: each gives a diagnostic with a position; nothing crashes or hangs.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("gol-hostile-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void EveryKindOfBadInputBecomesADiagnostic()
    {
        File.WriteAllBytes(Path.Combine(root, "invalid-utf8.yaml"), [.. Encoding.UTF8.GetBytes("a: "), 0xFF, 0xFE, (byte)'\n']);
        using (var big = File.Create(Path.Combine(root, "huge.yaml")))
        {
            var line = Encoding.UTF8.GetBytes("- some: value\n");
            for (var written = 0L; written < 50L * 1024 * 1024; written += line.Length)
            {
                big.Write(line);
            }
        }

        var bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 15; i++)
        {
            bomb.Append($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n");
        }

        File.WriteAllText(Path.Combine(root, "bomb.yaml"), bomb.ToString());
        File.WriteAllText(Path.Combine(root, "deep.yaml"), new string('[', 10_000) + new string(']', 10_000));
        File.WriteAllText(Path.Combine(root, "tabs.yaml"), "metadata:\n  name: a\n\tnamespace: b\n");
        File.CreateSymbolicLink(Path.Combine(root, "passwd.yaml"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(root, "etc"), "/etc");

        var (code, output, error) = CliRunner.Run("check", root, "--format", "msbuild", "--relative-paths");

        Assert.True(code == 1, error + output);
        Assert.Contains("invalid-utf8.yaml(1,4,1,4): error GOL001: the file is not valid UTF-8 (byte 0xFF at offset 3)", output);
        Assert.Contains("huge.yaml(1,1,1,1): error GOL005: the file is 52,428,8", output);
        Assert.Contains("bomb.yaml(", output);
        Assert.Contains("error GOL005: aliases expand to more than", output);
        Assert.Contains("deep.yaml(1,257", output);
        Assert.Contains("error GOL005: nesting deeper than 256 levels", output);
        Assert.Contains("tabs.yaml(3,1,3,1): error GOL001:", output);
        Assert.Contains("passwd.yaml(1,1,1,1): error GOL006: symbolic link to '/etc/passwd' points outside the repository", output);
        Assert.Contains("etc(1,1,1,1): error GOL006:", output);
        Assert.DoesNotContain("root:x:0:0", output);
    }
}
