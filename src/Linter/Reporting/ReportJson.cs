using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GitOpsLint.Reporting;

/// <summary>
/// How the JSON formats are written: camelCase, nulls left out, two-space indentation and <c>\n</c> line ends on every
/// platform (byte-identical output), and no escaping of characters JSON does not require escaping (readable messages).
/// </summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Writes the document followed by one line end.</summary>
    public static void Write<T>(TextWriter output, T value)
    {
        output.Write(Serialize(value));
        output.Write('\n');
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
