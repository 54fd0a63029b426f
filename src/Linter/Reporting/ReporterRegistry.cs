using System.Diagnostics.CodeAnalysis;

namespace GitOpsLint.Reporting;

/// <summary>Every output format by its <c>--format</c> name, for the CLI.</summary>
public sealed class ReporterRegistry
{
    private readonly Dictionary<string, IReporter> reporters;

    public ReporterRegistry()
        : this([new TextReporter(), new SarifReporter(), new MsBuildReporter(), new GitHubReporter(), new JsonReporter(), new CodeClimateReporter()])
    {
    }

    public ReporterRegistry(IEnumerable<IReporter> reporters)
    {
        this.reporters = new Dictionary<string, IReporter>(StringComparer.OrdinalIgnoreCase);
        foreach (var reporter in reporters)
        {
            if (!this.reporters.TryAdd(reporter.Format, reporter))
            {
                throw new ArgumentException($"two reporters are named '{reporter.Format}'", nameof(reporters));
            }
        }
    }

    /// <summary>The format used when none is asked for.</summary>
    public const string DefaultFormat = "text";

    /// <summary>The format names, sorted, for help text and error messages.</summary>
    public IReadOnlyList<string> Formats => reporters.Keys.Order(StringComparer.Ordinal).ToArray();

    public bool TryGet(string format, [MaybeNullWhen(false)] out IReporter reporter) => reporters.TryGetValue(format, out reporter);

    /// <summary>The reporter for <paramref name="format"/> (case-insensitive), or an exception naming the known formats.</summary>
    public IReporter Get(string format) =>
        TryGet(format, out var reporter)
            ? reporter
            : throw new ArgumentException($"unknown format '{format}'; use one of: {string.Join(", ", Formats)}", nameof(format));
}
