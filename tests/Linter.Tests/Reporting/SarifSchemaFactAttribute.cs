namespace GitOpsLint.Tests.Reporting;

/// <summary>A fact that is skipped, with a message saying why, when the shared SARIF schema is absent (xunit 2 has no run-time skip).</summary>
public sealed class SarifSchemaFactAttribute : FactAttribute
{
    public SarifSchemaFactAttribute()
    {
        if (!File.Exists(TestPaths.SarifSchema))
        {
            Skip = $"the official SARIF schema is not at {TestPaths.SarifSchema} (../shared is absent in this clone)";
        }
    }
}
