using System.Text;

namespace GitOpsLint.Cli;

/// <summary>Writes a report to a file as UTF-8 without BOM and with \n line endings, so output is byte-identical across runs and machines.</summary>
internal static class ReportFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        write(writer);
    }
}
