namespace GitOpsLint.Schemas;

/// <summary>What an import produced: the files written (relative to the output folder), the kinds, and inputs it could not use.</summary>
public sealed record SchemaImportResult(IReadOnlyList<string> WrittenFiles, int KindCount, IReadOnlyList<string> Problems);
