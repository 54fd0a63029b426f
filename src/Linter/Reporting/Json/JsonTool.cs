namespace GitOpsLint.Reporting.Json;

internal sealed record JsonTool(string Name, string Version);
