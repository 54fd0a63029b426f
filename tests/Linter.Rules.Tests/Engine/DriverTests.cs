using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Engine;

public sealed class DriverTests
{
    private sealed class CrashingAnalyzer : Analyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new("GOL999", "t", "m", "Test", Severity.Error, "d");

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(o =>
        {
            if (o.Object.Name == "boom")
            {
                throw new InvalidOperationException("kaboom");
            }

            o.Report(Diagnostic.Create(Descriptor, o.Object.LocationOf(o.Object.Root)));
        }, "ConfigMap");
    }

    [Fact]
    public void ACrashingAnalyzerYieldsOneInternalErrorAndTheRunGoesOn()
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string>
        {
            ["a.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: boom\n",
            ["b.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n",
        }, new CrashingAnalyzer());
        Assert.Equal(["GOL990 a.yaml(1,1)", "GOL999 b.yaml(1,1)"], RuleHarness.Summarize(diagnostics));
        Assert.Contains("CrashingAnalyzer", diagnostics[0].Message);
        Assert.Contains("kaboom", diagnostics[0].Message);
    }

    [Fact]
    public void BuiltInRulesHaveUniqueWellFormedIdsAndCompleteDocumentation()
    {
        var descriptors = BuiltInAnalyzers.All.SelectMany(a => a.SupportedDiagnostics).ToArray();
        Assert.Equal(descriptors.Length, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(descriptors, d =>
        {
            Assert.Matches("^GOL[0-9]{3}$", d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.True(d.Description.Length > 40, d.Id + " needs a full description");
            Assert.NotNull(d.BadExample);
            Assert.NotNull(d.GoodExample);
        });
    }
}
