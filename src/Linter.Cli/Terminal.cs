namespace GitOpsLint.Cli;

/// <summary>Whether to colour output: only on an interactive terminal, never with NO_COLOR set or --no-color.</summary>
internal static class Terminal
{
    public static bool SupportsColor(bool disabledByFlag) =>
        !disabledByFlag
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";
}
