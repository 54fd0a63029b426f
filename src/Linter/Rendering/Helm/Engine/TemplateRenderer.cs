using System.Text;
using GoTemplates;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// Helm's engine.render: every template of the plan is parsed into ONE set (in the plan's order, so a later
/// <c>define</c> of a name wins) with <c>missingkey=zero</c>; then each non-partial template runs with its chart's
/// render object plus <c>.Template</c>, and every <c>&lt;no value&gt;</c> is removed from its output.
/// </summary>
internal static class TemplateRenderer
{
    /// <summary>Renders; throws <see cref="HelmRenderException"/> with Helm's parse or execution error.</summary>
    internal static Dictionary<string, string> Render(RenderPlan plan, HelmRenderOptions options, CancellationToken cancellationToken)
    {
        var paths = plan.Templates.ToDictionary(t => t.Name, t => t.File.Origin, StringComparer.Ordinal);
        string? PathOf(string name) => paths.GetValueOrDefault(name);

        var set = new TemplateSet("gotpl", new TemplateOptions
        {
            MissingKey = MissingKeyMode.Zero,
            MaxTemplateDepth = MaxTemplateDepth,
            MaxOutputLength = options.MaxOutputLength,
            Timeout = options.Timeout,
        });
        set.AddFunctions(HelmFunctions.Create(options, options.MaxOutputLength));
        foreach (var template in plan.Templates)
        {
            try
            {
                set.Parse(template.Name, Encoding.UTF8.GetString(template.File.Data));
            }
            catch (TemplateException e)
            {
                throw new HelmRenderException(TemplateErrors.Parse(e, PathOf));
            }
        }

        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in plan.Templates)
        {
            if (template.IsPartial)
            {
                continue;
            }

            // The render object is shared by the chart's templates; Helm sets .Template on it before each execution.
            template.RenderObject["Template"] = new ChartValues { ["Name"] = template.Name, ["BasePath"] = template.BasePath };
            string output;
            try
            {
                output = set.Execute(template.Name, template.RenderObject, cancellationToken);
            }
            catch (TemplateException e)
            {
                throw new HelmRenderException(TemplateErrors.Execution(e, template.Name, options.Helm4, PathOf));
            }

            rendered[template.Name] = output.Replace("<no value>", "", StringComparison.Ordinal);
        }

        return rendered;
    }

    /// <summary>
    /// Each include is one level deeper here (in Go it starts a new execution), so the depth limit must stay above
    /// Helm's own include guard (a name nested 1000 times) for Helm's message to win; renders run on a thread with
    /// a stack sized for it (<see cref="HelmRenderer"/>).
    /// </summary>
    internal const int MaxTemplateDepth = 2 * HelmFunctions.MaxIncludeRecursion + 10;
}
