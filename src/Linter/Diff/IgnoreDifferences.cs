using System.Text.Json.Nodes;
using GitOpsLint.Syntax;

namespace GitOpsLint.Diff;

/// <summary>
/// An Argo CD Application's <c>spec.ignoreDifferences</c>: which fields of which objects are not compared. Fields named
/// by <c>jsonPointers</c> and by path-style <c>jqPathExpressions</c> (<c>.spec.replicas</c>, <c>.data["a.b"]</c>,
/// <c>.spec.containers[0].image</c>, <c>.webhooks[].clientConfig.caBundle</c>) are removed from both sides before
/// comparing; other jq expressions and <c>managedFieldsManagers</c> cannot be applied offline and become notes.
/// </summary>
public sealed class IgnoreDifferences
{
    public static readonly IgnoreDifferences None = new([], []);

    private readonly IReadOnlyList<Rule> rules;

    private IgnoreDifferences(IReadOnlyList<Rule> rules, IReadOnlyList<string> notes)
    {
        this.rules = rules;
        Notes = notes;
    }

    /// <summary>Entries that could not be honoured, said so people know the diff may show what Argo CD ignores.</summary>
    public IReadOnlyList<string> Notes { get; }

    public bool IsEmpty => rules.Count == 0;

    /// <summary>Reads <c>spec.ignoreDifferences</c> of an Application (null or absent gives <see cref="None"/>).</summary>
    public static IgnoreDifferences From(YamlSequence? entries)
    {
        if (entries is null)
        {
            return None;
        }

        var rules = new List<Rule>();
        var notes = new List<string>();
        foreach (var item in entries.Items.OfType<YamlMapping>())
        {
            var kind = item.GetString("kind");
            if (kind is null)
            {
                notes.Add($"ignoreDifferences entry at line {item.Span.Start.Line} has no kind; Argo CD ignores it, and so does the diff");
                continue;
            }

            var paths = new List<IReadOnlyList<Step>>();
            foreach (var pointer in item.GetSequence("jsonPointers")?.Items.OfType<YamlScalar>() ?? [])
            {
                if (ParsePointer(pointer.Value) is { } steps)
                {
                    paths.Add(steps);
                }
                else
                {
                    notes.Add($"jsonPointer '{pointer.Value}' is not a JSON pointer (it must start with '/'); it was not applied");
                }
            }

            foreach (var expression in item.GetSequence("jqPathExpressions")?.Items.OfType<YamlScalar>() ?? [])
            {
                if (ParseJqPath(expression.Value) is { } steps)
                {
                    paths.Add(steps);
                }
                else
                {
                    notes.Add($"jqPathExpression '{expression.Value}' is not a plain path (such as .spec.replicas); the offline diff does not evaluate it, so differences Argo CD ignores may show");
                }
            }

            if (item.GetSequence("managedFieldsManagers") is { Items.Count: > 0 } managers)
            {
                notes.Add($"managedFieldsManagers ({string.Join(", ", managers.Items.OfType<YamlScalar>().Select(s => s.Value))}) depend on the live cluster's field ownership; the offline diff does not apply them");
            }

            rules.Add(new Rule(item.GetString("group") ?? string.Empty, kind, item.GetString("name"), item.GetString("namespace"), paths));
        }

        return new IgnoreDifferences(rules, notes);
    }

    /// <summary>Removes every ignored field of the object from <paramref name="content"/>.</summary>
    public void Apply(ObjectKey key, JsonObject content)
    {
        foreach (var rule in rules)
        {
            if (!rule.Matches(key))
            {
                continue;
            }

            foreach (var path in rule.Paths)
            {
                Remove(content, path, 0);
            }
        }
    }

    private static void Remove(JsonNode? node, IReadOnlyList<Step> path, int index)
    {
        if (node is null || index >= path.Count)
        {
            return;
        }

        var step = path[index];
        var last = index == path.Count - 1;
        switch (node)
        {
            case JsonObject mapping when step.Name is { } name:
                if (last)
                {
                    mapping.Remove(name);
                }
                else
                {
                    Remove(mapping[name], path, index + 1);
                }

                break;
            case JsonArray sequence when step.AllItems:
                if (last)
                {
                    sequence.Clear();
                    break;
                }

                foreach (var item in sequence)
                {
                    Remove(item, path, index + 1);
                }

                break;
            case JsonArray sequence when step.Index is { } position && position < sequence.Count:
                if (last)
                {
                    sequence.RemoveAt(position);
                }
                else
                {
                    Remove(sequence[position], path, index + 1);
                }

                break;
            case JsonArray sequence when step.Name is { } digits && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pointerIndex) && pointerIndex < sequence.Count:
                // A JSON pointer segment is a name and an index at once: "/containers/0".
                if (last)
                {
                    sequence.RemoveAt(pointerIndex);
                }
                else
                {
                    Remove(sequence[pointerIndex], path, index + 1);
                }

                break;
        }
    }

    private static IReadOnlyList<Step>? ParsePointer(string pointer)
    {
        if (pointer.Length == 0)
        {
            return null;
        }

        if (!pointer.StartsWith('/'))
        {
            return null;
        }

        return pointer[1..].Split('/').Select(s => new Step(s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), null, false)).ToArray();
    }

    /// <summary>Parses <c>.a.b</c>, <c>.a["b.c"]</c>, <c>.a."b"</c>, <c>.a[0]</c>, <c>.a[]</c>; null for anything else (pipes, select, functions).</summary>
    internal static IReadOnlyList<Step>? ParseJqPath(string expression)
    {
        var text = expression.Trim();
        var steps = new List<Step>();
        var i = 0;
        if (text.Length == 0 || text[0] != '.')
        {
            return null;
        }

        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                i++;
                if (i < text.Length && text[i] == '"')
                {
                    var end = text.IndexOf('"', i + 1);
                    if (end < 0)
                    {
                        return null;
                    }

                    steps.Add(new Step(text[(i + 1)..end], null, false));
                    i = end + 1;
                    continue;
                }

                if (i < text.Length && text[i] == '[')
                {
                    continue;
                }

                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-'))
                {
                    i++;
                }

                if (i == start)
                {
                    return null;
                }

                steps.Add(new Step(text[start..i], null, false));
                continue;
            }

            if (text[i] == '[')
            {
                var end = text.IndexOf(']', i);
                if (end < 0)
                {
                    return null;
                }

                var inner = text[(i + 1)..end].Trim();
                if (inner.Length == 0)
                {
                    steps.Add(new Step(null, null, true));
                }
                else if (inner.Length >= 2 && inner[0] == '"' && inner[^1] == '"')
                {
                    steps.Add(new Step(inner[1..^1], null, false));
                }
                else if (int.TryParse(inner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    steps.Add(new Step(null, index, false));
                }
                else
                {
                    return null;
                }

                i = end + 1;
                continue;
            }

            return null;
        }

        return steps.Count == 0 ? null : steps;
    }

    internal sealed record Step(string? Name, int? Index, bool AllItems);

    private sealed record Rule(string Group, string Kind, string? Name, string? Namespace, IReadOnlyList<IReadOnlyList<Step>> Paths)
    {
        public bool Matches(ObjectKey key) =>
            (Group == "*" || Group == key.Group) && (Kind == "*" || Kind == key.Kind)
            && (Name is null || Name == key.Name) && (Namespace is null || Namespace == key.Namespace);
    }
}
