namespace GitOpsLint.Reporting.Sarif;

/// <summary>How the run went (§3.20). No start or end times: the log must be byte-identical across runs.</summary>
internal sealed record SarifInvocation(bool ExecutionSuccessful, int ExitCode, IReadOnlyList<SarifNotification>? ToolExecutionNotifications);
