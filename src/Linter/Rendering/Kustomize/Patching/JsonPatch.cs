using System.Globalization;
using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Patching;

/// <summary>RFC 6902 JSON patch operations (add, remove, replace, move, copy, test) applied to an object in place.</summary>
internal static class JsonPatch
{
    /// <summary>Applies every operation of <paramref name="operations"/>; returns the error text of the first one that fails, or null.</summary>
    public static string? Apply(KMapping root, KSequence operations)
    {
        foreach (var item in operations.Items)
        {
            if (item is not KMapping operation)
            {
                return "a JSON patch operation must be a mapping";
            }

            var op = operation.GetString("op") ?? string.Empty;
            var path = operation.GetString("path");
            if (path is null)
            {
                return $"{op} operation is missing a path";
            }

            var error = op switch
            {
                "add" => Add(root, path, ValueOf(operation)),
                "remove" => Remove(root, path, out _),
                "replace" => Replace(root, path, ValueOf(operation)),
                "move" => Move(root, operation.GetString("from") ?? string.Empty, path),
                "copy" => Copy(root, operation.GetString("from") ?? string.Empty, path),
                "test" => Test(root, path, ValueOf(operation)),
                _ => $"Unexpected kind: {op}",
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static KNode ValueOf(KMapping operation) => operation.Get("value")?.DeepClone() ?? KScalar.Null(operation.Origin);

    private static string? Add(KMapping root, string path, KNode value)
    {
        if (!TryParent(root, path, out var parent, out var token))
        {
            return $"add operation does not apply: doc is missing path: \"{path}\": missing value";
        }

        switch (parent)
        {
            case KMapping mapping:
                mapping.Set(token, value);
                return null;
            case KSequence sequence when token == "-":
                sequence.Items.Add(value);
                return null;
            case KSequence sequence when TryIndex(token, sequence.Items.Count + 1, out var index):
                sequence.Items.Insert(index, value);
                return null;
            case KSequence:
                return $"error in add for path: '{path}': Unable to access invalid index: {token}: invalid index referenced";
            default:
                return $"add operation does not apply: doc is missing path: \"{path}\": missing value";
        }
    }

    private static string? Remove(KMapping root, string path, out KNode? removed)
    {
        removed = null;
        if (!TryParent(root, path, out var parent, out var token))
        {
            return $"remove operation does not apply: doc is missing path: \"{path}\": missing value";
        }

        switch (parent)
        {
            case KMapping mapping when mapping.Get(token) is { } existing:
                removed = existing;
                mapping.Remove(token);
                return null;
            case KSequence sequence when TryIndex(token, sequence.Items.Count, out var index):
                removed = sequence.Items[index];
                sequence.Items.RemoveAt(index);
                return null;
            case KSequence:
                return $"error in remove for path: '{path}': Unable to access invalid index: {token}: invalid index referenced";
            case KMapping:
                return $"error in remove for path: '{path}': Unable to remove nonexistent key: {token}: missing value";
            default:
                return $"remove operation does not apply: doc is missing path: \"{path}\": missing value";
        }
    }

    private static string? Replace(KMapping root, string path, KNode value)
    {
        if (path.Length == 0)
        {
            return "replace operation does not apply: the whole document cannot be replaced";
        }

        if (!TryParent(root, path, out var parent, out var token))
        {
            return $"replace operation does not apply: doc is missing key: {path}: missing value";
        }

        switch (parent)
        {
            case KMapping mapping when mapping.ContainsKey(token):
                mapping.Set(token, value);
                return null;
            case KSequence sequence when TryIndex(token, sequence.Items.Count, out var index):
                sequence.Items[index] = value;
                return null;
            default:
                return $"replace operation does not apply: doc is missing key: {path}: missing value";
        }
    }

    private static string? Move(KMapping root, string from, string path)
    {
        var error = Remove(root, from, out var value);
        if (error is not null)
        {
            TryParent(root, from, out _, out var token);
            return $"error in move for path: '{token}': Unable to remove nonexistent key: {token}: missing value";
        }

        return Add(root, path, value!);
    }

    /// <summary>As in evanphx/json-patch, copying a missing key of an existing object copies null.</summary>
    private static string? Copy(KMapping root, string from, string path)
    {
        var value = Get(root, from);
        if (value is null)
        {
            if (!TryParent(root, from, out var parent, out _) || parent is not KMapping)
            {
                return $"copy operation does not apply: doc is missing from path: {from}: missing value";
            }

            value = KScalar.Null(root.Origin);
        }

        var error = Add(root, path, value.DeepClone());
        return error is null ? null
            : error.StartsWith("error in add", StringComparison.Ordinal) ? "error while adding value during copy: " + error[(error.IndexOf("': ", StringComparison.Ordinal) + 3)..]
            : $"copy operation does not apply: doc is missing destination path: {path}: missing value";
    }

    private static string? Test(KMapping root, string path, KNode expected)
    {
        if (TryParent(root, path, out var parent, out var token) && parent is KSequence list && !TryIndex(token, list.Items.Count, out _))
        {
            return $"error in test for path: '{path}': Unable to access invalid index: {token}: invalid index referenced";
        }

        var actual = Get(root, path);
        return actual is not null && NodesEqual(actual, expected) ? null : $"testing value {path} failed: test failed";
    }

    private static KNode? Get(KNode root, string path)
    {
        KNode? current = root;
        foreach (var token in Split(path))
        {
            current = current switch
            {
                KMapping mapping => mapping.Get(token),
                KSequence sequence when TryIndex(token, sequence.Items.Count, out var index) => sequence.Items[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static bool TryParent(KMapping root, string path, out KNode? parent, out string token)
    {
        var tokens = Split(path);
        token = tokens.Count > 0 ? tokens[^1] : string.Empty;
        parent = tokens.Count == 0 ? null : Get(root, "/" + string.Join('/', tokens.Take(tokens.Count - 1).Select(Escape)));
        if (tokens.Count == 1)
        {
            parent = root;
        }

        return parent is not null;
    }

    private static List<string> Split(string path) =>
        path.Length == 0 ? [] : path.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static bool TryIndex(string token, int limit, out int index) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index < limit;

    private static bool NodesEqual(KNode a, KNode b) => (a, b) switch
    {
        (KScalar x, KScalar y) => x.Typed.Type == y.Typed.Type && x.Typed.Text == y.Typed.Text,
        (KSequence x, KSequence y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => NodesEqual(p.First, p.Second)),
        (KMapping x, KMapping y) => x.Count == y.Count && x.Entries.All(e => y.Get(e.Key) is { } other && NodesEqual(e.Value, other)),
        _ => false,
    };
}
