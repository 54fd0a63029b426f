namespace GitOpsLint.Diagnostics;

/// <summary>Another place that explains a finding (the first of two duplicate keys, the unit that rendered an object).</summary>
public sealed record RelatedLocation(Location Location, string Message);
