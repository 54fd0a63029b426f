using System.Text;
using System.Text.RegularExpressions;
using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Rendering.Helm.Manifests;

namespace GitOpsLint.Rendering.Helm.Output;

/// <summary>
/// Prints manifests exactly as <c>helm template</c> does: <c>---\n# Source: NAME\nDOC\n</c> per document, CRD files
/// first (with <c>--include-crds</c>), the whole trimmed and ended by one newline, then hooks (minus tests with
/// <c>--skip-tests</c>, none with <c>--no-hooks</c>), then the <c>--show-only</c> filter.
/// </summary>
internal static partial class HelmTemplateFormatter
{
    [GeneratedRegex("# Source: [^/]+/(.+)")]
    private static partial Regex SourceLine();

    /// <summary>The printed output; throws <see cref="ChartLoadException"/> (<c>could not find template X in chart</c>) when a <c>--show-only</c> pattern matches nothing.</summary>
    internal static string Format(
        IEnumerable<(string Name, string Content)> crds,
        IEnumerable<RenderedManifest> manifests,
        IEnumerable<RenderedManifest> hooks,
        bool skipTests,
        bool noHooks,
        IReadOnlyList<string> showOnly,
        bool helm4)
    {
        var body = new StringBuilder();
        foreach (var (name, content) in crds)
        {
            Append(body, name, content);
        }

        foreach (var manifest in manifests)
        {
            Append(body, manifest.SourcePath, manifest.Content);
        }

        var output = new StringBuilder();
        output.Append(body.ToString().Trim()).Append('\n');
        if (!noHooks)
        {
            foreach (var hook in hooks)
            {
                if (skipTests && hook.IsTest)
                {
                    continue;
                }

                Append(output, hook.SourcePath, hook.Content);
            }
        }

        return showOnly.Count == 0 ? output.ToString() : ShowOnly(output.ToString(), showOnly, helm4);
    }

    /// <summary>Helm's <c>--show-only</c>: documents whose source (after the chart name) matches each glob, in pattern order.</summary>
    internal static string ShowOnly(string all, IReadOnlyList<string> patterns, bool helm4)
    {
        var documents = ManifestSplitter.Split(all, helm4).Select(d => d.Text).ToList();
        var sb = new StringBuilder();
        foreach (var raw in patterns)
        {
            var pattern = raw.Replace('\\', '/');
            var found = false;
            foreach (var document in documents)
            {
                var m = SourceLine().Match(document);
                if (!m.Success)
                {
                    continue;
                }

                bool matches;
                try
                {
                    matches = GoPathMatch.Match(pattern, m.Groups[1].Value);
                }
                catch (FormatException)
                {
                    matches = false;
                }

                if (!matches)
                {
                    continue;
                }

                sb.Append("---\n").Append(document).Append('\n');
                found = true;
            }

            if (!found)
            {
                throw new ChartLoadException($"could not find template {pattern} in chart");
            }
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string name, string content) =>
        sb.Append("---\n# Source: ").Append(name).Append('\n').Append(content).Append('\n');
}
