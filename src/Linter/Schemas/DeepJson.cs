using System.Text.Json;

namespace GitOpsLint.Schemas;

/// <summary>JSON options for schemas and objects deeper than System.Text.Json's default limit of 64 levels.</summary>
internal static class DeepJson
{
    public const int MaxDepth = 1024;

    public static readonly JsonSerializerOptions Options = new() { MaxDepth = MaxDepth, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
