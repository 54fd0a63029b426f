namespace GitOpsLint.Tests.Reporting;

/// <summary>The theory counterpart of <see cref="SarifSchemaFactAttribute"/>.</summary>
public sealed class SarifSchemaTheoryAttribute : TheoryAttribute
{
    public SarifSchemaTheoryAttribute()
    {
        if (!File.Exists(TestPaths.SarifSchema))
        {
            Skip = $"the official SARIF schema is not at {TestPaths.SarifSchema} (../shared is absent in this clone)";
        }
    }
}
