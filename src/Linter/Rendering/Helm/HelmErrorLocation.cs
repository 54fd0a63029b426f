namespace GitOpsLint.Rendering.Helm;

/// <summary>A position an error points at.</summary>
/// <param name="TemplateName">Helm's name for the template (<c>chart/templates/x.yaml</c>, <c>gotpl</c> for <c>tpl</c> text), or the value file.</param>
/// <param name="Path">The file in the chart file source (for a .tgz entry <c>archive.tgz!/path</c>); null when the text has no file (<c>tpl</c>).</param>
/// <param name="Line">1-based line; 0 when unknown.</param>
/// <param name="Column">Column as the source reports it (Go: 0-based byte column of execution errors); null when unknown.</param>
public sealed record HelmErrorLocation(string TemplateName, string? Path, int Line, int? Column);
