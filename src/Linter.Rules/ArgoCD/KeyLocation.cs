using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>Locates the key of the entry at a JSON Pointer (<c>source:</c> rather than the mapping below it), through the object's provenance.</summary>
internal static class KeyLocation
{
    public static Location Of(KubeObject owner, string pointer)
    {
        var tokens = JsonPointer.Split(pointer).ToArray();
        if (tokens.Length > 0)
        {
            var parentPointer = string.Concat(tokens[..^1].Select(t => "/" + JsonPointer.Escape(t)));
            if (owner.Root.Navigate(parentPointer) is YamlMapping parent && parent.GetEntry(tokens[^1]) is { } entry)
            {
                return owner.LocationOf(entry.Key);
            }
        }

        return owner.LocationOfKey(pointer);
    }
}
