namespace GitOpsLint.Diagnostics;

/// <summary>Rule categories; the hundreds digit of a rule ID names its category (see DESIGN.md).</summary>
public static class DiagnosticCategory
{
    public const string Syntax = "Syntax";
    public const string Schema = "Schema";
    public const string References = "References";
    public const string ArgoCD = "ArgoCD";
    public const string Flux = "Flux";
    public const string Security = "Security";
    public const string Workloads = "Workloads";
    public const string Rendering = "Rendering";
    public const string Tools = "Tools";
    public const string Configuration = "Configuration";
}
