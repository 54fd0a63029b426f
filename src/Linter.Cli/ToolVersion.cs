using System.Reflection;

namespace GitOpsLint.Cli;

/// <summary>The version from the one place it is set (Directory.Build.props), as shown by --version and written into SARIF.</summary>
internal static class ToolVersion
{
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";
}
