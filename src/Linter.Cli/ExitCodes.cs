namespace GitOpsLint.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int Usage = 2;
    public const int InternalError = 3;
}
