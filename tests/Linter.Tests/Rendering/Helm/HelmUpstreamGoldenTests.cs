using System.Text;
using System.Text.RegularExpressions;
using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Tests.Rendering.Helm;

/// <summary>
/// Helm's own <c>helm template</c> goldens (Helm 3.21 <c>cmd/helm</c> and Helm 4 <c>pkg/cmd</c>), run the way Helm's
/// harness runs them: from the tree's folder, stdout and stderr together, CRLF turned to LF. The cases come from
/// CASES.md next to them; the folder lives outside the repository, so the theory skips when it is absent.
/// </summary>
public partial class HelmUpstreamGoldenTests
{
    /// <summary>Cases decided by the command line, not the renderer (no chart argument).</summary>
    private static readonly HashSet<string> CommandLineOnly = ["output/template-no-args.txt"];

    [GeneratedRegex(@"^\| (\d+) \| `(.*?)`[^|]*? \| (\S+) \| (yes|no) \| (.*) \|\s*$")]
    private static partial Regex CaseRow();

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        var casesFile = Path.Combine(HelmGoldensTheoryAttribute.Folder, "CASES.md");
        if (!File.Exists(casesFile))
        {
            // The theory is skipped; one row keeps xunit from reporting "no data".
            data.Add("3", "0", "template x", "missing");
            return data;
        }

        foreach (var line in File.ReadLines(casesFile))
        {
            var m = CaseRow().Match(line);
            if (!m.Success)
            {
                continue;
            }

            var (number, command, golden, trees) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[5].Value);
            command = command.Replace("\\|", "|", StringComparison.Ordinal)
                .Replace("'SUB'", "'testdata/testcharts/subchart'", StringComparison.Ordinal)
                .Replace("SUB/", "testdata/testcharts/subchart/", StringComparison.Ordinal);
            if (CommandLineOnly.Contains(golden))
            {
                continue;
            }

            if (trees.StartsWith("both", StringComparison.Ordinal))
            {
                data.Add("3", number, command, golden);
                data.Add("4", number, command, golden);
            }
            else if (trees.StartsWith("Helm 4", StringComparison.Ordinal))
            {
                data.Add("4", number, command, golden);
                if (number == "11")
                {
                    data.Add("3", number, "template --api-versions helm.k8s.io/test 'testdata/testcharts/subchart'", golden);
                }
            }
            else
            {
                data.Add("3", number, command, golden);
            }
        }

        return data;
    }

    [HelmGoldensTheory]
    [MemberData(nameof(Cases))]
    public void MatchesHelmGolden(string helm, string number, string command, string golden)
    {
        Assert.NotEmpty(number);
        var tree = Path.Combine(HelmGoldensTheoryAttribute.Folder, helm == "4" ? "pkg/cmd" : "cmd/helm");
        var args = ShellWords(command).Skip(1).ToList();
        var commandLine = HelmTemplateCommandLine.Parse(args);
        var options = commandLine.Options with { Helm4 = helm == "4" };
        var result = HelmRenderer.Render(new DirectoryChartFileSource(tree), commandLine.ChartPath, options);

        var expected = File.ReadAllText(Path.Combine(tree, "testdata", golden)).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, result.CommandOutput(commandLine.Debug));
    }

    /// <summary>POSIX shell word splitting with single and double quotes (what the harness's shlex does).</summary>
    private static List<string> ShellWords(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (c == '\'')
            {
                var end = command.IndexOf('\'', i + 1);
                current.Append(command, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (c == '"')
            {
                var end = command.IndexOf('"', i + 1);
                current.Append(command, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (c == ' ')
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
