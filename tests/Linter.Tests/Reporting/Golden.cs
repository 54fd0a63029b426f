using System.Text;

namespace GitOpsLint.Tests.Reporting;

/// <summary>
/// Byte-for-byte comparison with committed files in tests/fixtures/reporting. With GITOPSLINT_UPDATE_GOLDENS=1 the
/// files are rewritten instead; a missing golden is a failure otherwise, never silently created.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(TestPaths.ReportingFixtures, name);
        var actualBytes = new UTF8Encoding(false).GetBytes(actual);
        if (Environment.GetEnvironmentVariable("GITOPSLINT_UPDATE_GOLDENS") == "1")
        {
            File.WriteAllBytes(path, actualBytes);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with GITOPSLINT_UPDATE_GOLDENS=1 to create it, then review and commit it");
        var expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actualBytes))
        {
            // Assert.Equal on the texts shows where they differ.
            Assert.Equal(Encoding.UTF8.GetString(expected), actual);
            Assert.Fail($"{name}: the bytes differ from the golden file although the texts are equal (encoding or byte order mark)");
        }
    }
}
