using GitOpsLint.Diagnostics;

namespace GitOpsLint.Configuration;

/// <summary>A mistake in the configuration file, with its position; any such error stops the run with exit code 2.</summary>
public sealed record ConfigurationError(Location Location, string Message);
