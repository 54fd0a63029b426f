namespace GitOpsLint.Reporting.Json;

internal sealed record JsonFix(string Description, IReadOnlyList<JsonTextEdit> Edits);
