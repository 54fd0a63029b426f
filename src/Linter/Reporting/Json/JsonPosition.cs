namespace GitOpsLint.Reporting.Json;

/// <summary>1-based line and column (in UTF-16 code units) and the 0-based offset in the file's text.</summary>
internal sealed record JsonPosition(int Line, int Column, int Offset);
