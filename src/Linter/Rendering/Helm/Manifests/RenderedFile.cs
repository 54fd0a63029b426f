namespace GitOpsLint.Rendering.Helm.Manifests;

/// <summary>The output of one template file before it is split into documents.</summary>
/// <param name="Name">Template name, e.g. <c>mychart/templates/deploy.yaml</c>.</param>
/// <param name="Text">The rendered text (with <c>&lt;no value&gt;</c> already removed).</param>
/// <param name="TemplateSource">The template's own text, for mapping documents back to lines.</param>
/// <param name="Origin">The template's path in the chart file source.</param>
internal sealed record RenderedFile(string Name, string Text, string TemplateSource, string Origin);
