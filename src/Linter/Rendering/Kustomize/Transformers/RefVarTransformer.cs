using System.Text;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// Resolves <c>vars:</c> after names are final: each var reads its object's field, and <c>$(NAME)</c> in the varReference
/// fields is expanded like Kubernetes expands container arguments (<c>$$</c> escapes, unknown names stay as written; a
/// field that is exactly one reference takes the value's type, so a port stays a number).
/// </summary>
internal sealed class RefVarTransformer(IReadOnlyList<VarDefinition> vars, IReadOnlyList<FieldSpec> fields)
{
    public void Transform(ResourceMap map)
    {
        if (vars.Count == 0)
        {
            return;
        }

        var values = new Dictionary<string, KScalar>(StringComparer.Ordinal);
        foreach (var definition in vars)
        {
            values[definition.Name] = Resolve(map, definition);
        }

        foreach (var resource in map.Resources)
        {
            foreach (var spec in fields)
            {
                spec.Apply(resource, (node, parent, key) => Expand(node, parent, key, values));
            }
        }
    }

    private static KScalar Resolve(ResourceMap map, VarDefinition definition)
    {
        var gvk = Gvk.FromApiVersion(definition.ApiVersion, definition.Kind);
        var matches = map.Resources.Where(r => r.AllIds.Any(id =>
            (definition.Kind.Length == 0 || id.Gvk.Kind == gvk.Kind)
            && (definition.ApiVersion.Length == 0 || (id.Gvk.Group == gvk.Group && id.Gvk.Version == gvk.Version))
            && id.Name == definition.ObjectName
            && (definition.Namespace.Length == 0 || id.IsNsEquals(new ResId(id.Gvk, id.Name, definition.Namespace))))).ToArray();
        if (matches.Length > 1)
        {
            throw BuildStop.At(definition.Origin, definition.KustomizationPath, $"found {matches.Length} resId matches for var {definition.Name} (unable to disambiguate)");
        }

        if (matches.Length == 0)
        {
            throw BuildStop.At(definition.Origin, definition.KustomizationPath, $"var '{definition.Name}' cannot be mapped to a field in the set of known resources", "the objref must name an object of the build");
        }

        return FieldValue(matches[0].Root, definition.FieldPath) as KScalar
            ?? throw BuildStop.At(definition.Origin, definition.KustomizationPath, $"field specified in var '{definition.Name}' not found in corresponding resource");
    }

    /// <summary>A dotted field path with <c>[n]</c> indexes (<c>spec.ports[0].port</c>).</summary>
    private static KNode? FieldValue(KNode root, string fieldPath)
    {
        KNode? current = root;
        foreach (var part in fieldPath.Split('.'))
        {
            var name = part;
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var index = -1;
            if (bracket >= 0 && part.EndsWith(']') && int.TryParse(part[(bracket + 1)..^1], out var parsed))
            {
                name = part[..bracket];
                index = parsed;
            }

            current = (current as KMapping)?.Get(name);
            if (index >= 0)
            {
                current = current is KSequence list && index < list.Items.Count ? list.Items[index] : null;
            }

            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static void Expand(KNode node, KMapping parent, string key, Dictionary<string, KScalar> values)
    {
        switch (node)
        {
            case KScalar scalar when Expand(scalar, values) is { } expanded:
                parent.Set(key, expanded);
                break;
            case KSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (sequence.Items[i] is KScalar item && Expand(item, values) is { } expandedItem)
                    {
                        sequence.Items[i] = expandedItem;
                    }
                }

                break;
            case KMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Value is KScalar value && Expand(value, values) is { } expandedValue)
                    {
                        entry.Value = expandedValue;
                    }
                }

                break;
        }
    }

    /// <summary>The expanded scalar, or null when nothing changed. Only string scalars are expanded.</summary>
    private static KScalar? Expand(KScalar scalar, Dictionary<string, KScalar> values)
    {
        if (scalar.Typed.Type != KScalarType.String || !scalar.Value.Contains('$', StringComparison.Ordinal))
        {
            return null;
        }

        var input = scalar.Value;
        if (input.StartsWith("$(", StringComparison.Ordinal) && input.EndsWith(')') && input.IndexOf(')', StringComparison.Ordinal) == input.Length - 1
            && values.TryGetValue(input[2..^1], out var whole))
        {
            return new KScalar(whole.Value, whole.Style, whole.Tag, scalar.Origin);
        }

        var output = new StringBuilder();
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] != '$' || i + 1 >= input.Length)
            {
                output.Append(input[i]);
                continue;
            }

            var next = input[i + 1];
            if (next == '$')
            {
                output.Append('$');
                i++;
            }
            else if (next == '(' && input.IndexOf(')', i + 2) is var close and > 0)
            {
                var name = input[(i + 2)..close];
                output.Append(values.TryGetValue(name, out var value) ? value.Value : "$(" + name + ")");
                i = close;
            }
            else if (next == '(')
            {
                output.Append("$(");
                i++;
            }
            else
            {
                output.Append('$').Append(next);
                i++;
            }
        }

        var text = output.ToString();
        return text == input ? null : KScalar.String(text, scalar.Origin);
    }
}
