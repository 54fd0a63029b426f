using System.Globalization;

namespace GitOpsLint.Diagnostics;

/// <summary>One finding: what (descriptor and message), where, how serious, and what else explains it.</summary>
public sealed record Diagnostic
{
    private Diagnostic(DiagnosticDescriptor descriptor, Location location, string message, Severity severity)
    {
        Descriptor = descriptor;
        Location = location;
        Message = message;
        Severity = severity;
    }

    public DiagnosticDescriptor Descriptor { get; init; }

    public string Id => Descriptor.Id;

    public Location Location { get; init; }

    /// <summary>The message with its arguments filled in: what is wrong and what to do.</summary>
    public string Message { get; init; }

    /// <summary>The effective severity (after configuration).</summary>
    public Severity Severity { get; init; }

    public IReadOnlyList<RelatedLocation> RelatedLocations { get; init; } = [];

    /// <summary>Extra facts for machines (e.g. the suggested field name); reported as SARIF properties.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = EmptyProperties;

    public Fix? Fix { get; init; }

    /// <summary>Suppressions that apply; a finding with any is reported but fails nothing.</summary>
    public IReadOnlyList<DiagnosticSuppression> Suppressions { get; init; } = [];

    public bool IsSuppressed => Suppressions.Count > 0;

    /// <summary>The stable identity used by baselines and <c>partialFingerprints</c>; set by the engine.</summary>
    public string Fingerprint { get; init; } = string.Empty;

    private static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] messageArguments)
    {
        var message = messageArguments.Length == 0
            ? descriptor.MessageFormat
            : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArguments);
        return new Diagnostic(descriptor, location, message, descriptor.DefaultSeverity);
    }
}
