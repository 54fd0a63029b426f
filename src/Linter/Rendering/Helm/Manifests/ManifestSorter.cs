using System.Globalization;
using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Rendering.Helm.Manifests;

/// <summary>
/// Turns rendered files into <c>helm template</c>'s document order: files by path, documents in file order, then a
/// stable sort by <see cref="InstallOrder"/>; documents annotated <c>helm.sh/hook</c> become hooks (sorted the same
/// way and printed last); hooks with an unknown event are dropped as Helm drops them.
/// </summary>
internal static class ManifestSorter
{
    private static readonly HashSet<string> KnownHookEvents =
    [
        "pre-install", "post-install", "pre-delete", "post-delete", "pre-upgrade", "post-upgrade",
        "pre-rollback", "post-rollback", "test", "test-success",
    ];

    /// <summary>Sorts; throws <see cref="ChartLoadException"/> (<c>YAML parse error on NAME: ...</c>) when a document's head cannot be read.</summary>
    internal static (List<RenderedManifest> Manifests, List<RenderedManifest> Hooks) Sort(IEnumerable<RenderedFile> files, bool helm4)
    {
        var manifests = new List<RenderedManifest>();
        var hooks = new List<RenderedManifest>();
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (Path.GetFileName(file.Name).StartsWith('_') || file.Text.Trim().Length == 0)
            {
                continue;
            }

            var separatorLines = SeparatorLines(file.TemplateSource);
            var templateLineCount = Math.Max(1, file.TemplateSource.Split('\n').Length);
            var documents = ManifestSplitter.Split(file.Text, helm4);
            for (var index = 0; index < documents.Count; index++)
            {
                var (content, _) = documents[index];
                ManifestHead head;
                try
                {
                    head = ManifestHead.Parse(content);
                }
                catch (ChartLoadException e)
                {
                    throw new ChartLoadException($"YAML parse error on {file.Name}: {e.Message}");
                }

                var startLine = StartLine(file.Text, documents[index].Offset, index, documents.Count, separatorLines);
                var lineCount = content.Split('\n').Length;
                var lineMap = Enumerable.Range(0, lineCount)
                    .Select(i => new SourceLocation(file.Origin, Math.Min(startLine + i, templateLineCount)))
                    .ToList();
                var origin = new SourceLocation(file.Origin, startLine);
                if (!head.Annotations.TryGetValue("helm.sh/hook", out var hookAnnotation))
                {
                    manifests.Add(new RenderedManifest(file.Name, content, head.ApiVersion, head.Kind, head.Name, [], 0, origin, lineMap));
                    continue;
                }

                var events = new List<string>();
                var unknown = false;
                foreach (var raw in hookAnnotation.Split(','))
                {
                    var hookEvent = raw.Trim().ToLowerInvariant();
                    if (!KnownHookEvents.Contains(hookEvent))
                    {
                        unknown = true;
                        break;
                    }

                    events.Add(hookEvent == "test-success" ? "test" : hookEvent);
                }

                if (unknown)
                {
                    continue;
                }

                var weight = head.Annotations.TryGetValue("helm.sh/hook-weight", out var w)
                    && int.TryParse(w, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
                hooks.Add(new RenderedManifest(file.Name, content, head.ApiVersion, head.Kind, head.Name, events, weight, origin, lineMap));
            }
        }

        return (
            manifests.OrderBy(m => m.Kind, InstallOrder.Instance).ToList(),
            hooks.OrderBy(m => m.Kind, InstallOrder.Instance).ToList());
    }

    /// <summary>1-based lines of the template that hold a literal document separator.</summary>
    private static List<int> SeparatorLines(string template)
    {
        var lines = template.Split('\n');
        var result = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r').TrimEnd().Equals("---", StringComparison.Ordinal))
            {
                result.Add(i + 1);
            }
        }

        return result;
    }

    /// <summary>
    /// Where the document at <paramref name="offset"/> of the rendered text starts in the template. When the rendered
    /// text has exactly the template's separator lines (static separators, the common case), the document starts
    /// after the template line of the last separator before it. Otherwise (separators written by a loop or an
    /// include) document k starts after the k-th template separator when there is one per boundary (a leading
    /// separator counts), else after the last separator before it, or on line 1.
    /// </summary>
    private static int StartLine(string rendered, int offset, int index, int documentCount, List<int> separators)
    {
        if (separators.Count == 0)
        {
            return 1;
        }

        var renderedSeparators = SeparatorLines(rendered);
        if (renderedSeparators.Count == separators.Count)
        {
            var lineOfDocument = 1 + rendered.AsSpan(0, Math.Min(offset, rendered.Length)).Count('\n');
            var before = renderedSeparators.Count(line => line < lineOfDocument);
            return before == 0 ? 1 : separators[before - 1] + 1;
        }

        var leading = separators.Count >= documentCount;
        var k = leading ? index : index - 1;
        if (k < 0)
        {
            return 1;
        }

        return separators[Math.Min(k, separators.Count - 1)] + 1;
    }
}
