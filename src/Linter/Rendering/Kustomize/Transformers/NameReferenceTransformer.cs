using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// Repairs references after renames (prefixes, suffixes, hash suffixes): a field that names an object by one of its
/// previous names is rewritten to its current name. Candidates are narrowed as kustomize does: previous name, kind,
/// roleRef kind, namespace, then equal prefixes and suffixes; several distinct survivors are an error.
/// </summary>
internal sealed class NameReferenceTransformer(IReadOnlyList<NameReference> table)
{
    public void Transform(ResourceMap map)
    {
        foreach (var referrer in map.Resources)
        {
            var candidates = CouldBeReferencedBy(map, referrer);
            foreach (var reference in table)
            {
                foreach (var spec in reference.Referrers.Where(s => s.AppliesTo(referrer)))
                {
                    spec.Apply(referrer, (node, parent, key) => Update(node, parent, key, referrer, reference.Target, spec, candidates));
                }
            }
        }
    }

    private static List<Resource> CouldBeReferencedBy(ResourceMap map, Resource referrer)
    {
        var referrerId = referrer.CurrentId;
        if (referrerId.Gvk.IsClusterScoped)
        {
            return map.Resources.ToList();
        }

        var bindingNamespaces = new HashSet<string>(StringComparer.Ordinal);
        if (referrer.Kind is "RoleBinding" or "ClusterRoleBinding")
        {
            foreach (var subject in referrer.Root.GetSequence("subjects")?.Items.OfType<KMapping>() ?? [])
            {
                if (subject.GetString("namespace") is { } ns)
                {
                    bindingNamespaces.Add(ns);
                }
            }
        }

        return map.Resources.Where(r => r.CurrentId.Gvk.IsClusterScoped || r.CurrentId.IsNsEquals(referrerId) || bindingNamespaces.Contains(r.Namespace)).ToList();
    }

    private static void Update(KNode node, KMapping parent, string key, Resource referrer, Gvk target, FieldSpec spec, List<Resource> candidates)
    {
        switch (node)
        {
            case KScalar { IsNull: false } scalar:
                var replacement = UpdateScalar(scalar, referrer, target, spec, candidates);
                if (replacement is not null)
                {
                    parent.Set(key, replacement);
                }

                break;
            case KMapping mapping:
                UpdateMapping(mapping, referrer, target, spec, candidates);
                break;
            case KSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    switch (sequence.Items[i])
                    {
                        case KScalar { IsNull: false } item when UpdateScalar(item, referrer, target, spec, candidates) is { } updated:
                            sequence.Items[i] = updated;
                            break;
                        case KMapping element:
                            // As in kustomize, the element's own kind is not consulted: a User subject named like a
                            // renamed ServiceAccount is rewritten too.
                            UpdateMapping(element, referrer, target, spec, candidates);
                            break;
                    }
                }

                break;
        }
    }

    private static KScalar? UpdateScalar(KScalar scalar, Resource referrer, Gvk target, FieldSpec spec, List<Resource> candidates)
    {
        var referral = Select(scalar.Value, candidates, referrer, target, spec, sameNamespaceToo: false);
        return referral is null || referral.Name == scalar.Value ? null : KScalar.String(referral.Name, scalar.Origin);
    }

    private static void UpdateMapping(KMapping mapping, Resource referrer, Gvk target, FieldSpec spec, List<Resource> candidates)
    {
        if (mapping.Get("name") is not KScalar { IsNull: false } nameNode)
        {
            return;
        }

        var pool = candidates;
        if (mapping.GetString("namespace") is { } @namespace)
        {
            var byOriginal = candidates.Where(c => c.OriginalId.Namespace == @namespace).ToList();
            pool = byOriginal.Count > 0 ? byOriginal : candidates.Where(c => c.Namespace == @namespace).ToList();
        }

        var referral = Select(nameNode.Value, pool, referrer, target, spec, sameNamespaceToo: true);
        if (referral is null || (referral.Name == nameNode.Value && referral.Namespace.Length == 0))
        {
            return;
        }

        mapping.Set("name", KScalar.String(referral.Name, nameNode.Origin));
        if (referral.Namespace.Length > 0)
        {
            mapping.Set("namespace", KScalar.String(referral.Namespace, mapping.Get("namespace")?.Origin ?? nameNode.Origin));
        }
    }

    private static Resource? Select(string oldName, List<Resource> candidates, Resource referrer, Gvk target, FieldSpec spec, bool sameNamespaceToo)
    {
        IEnumerable<Resource> sieve = candidates
            .Where(c => c.PreviousIds.Any(id => id.Name == oldName))
            .Where(c => c.PreviousIds.Any(id => id.Gvk.IsSelectedBy(target)));
        if (spec.Path.EndsWith("roleRef/name", StringComparison.Ordinal) && referrer.Root.GetMapping("roleRef") is { } roleRef
            && roleRef.GetString("apiGroup") is { } apiGroup && roleRef.GetString("kind") is { } roleKind)
        {
            var roleGvk = new Gvk(apiGroup, string.Empty, roleKind);
            sieve = sieve.Where(c => c.PreviousIds.Any(id => id.Gvk.IsSelectedBy(roleGvk)));
        }

        var referrerId = referrer.CurrentId;
        if (!referrerId.Gvk.IsClusterScoped)
        {
            sieve = sieve.Where(c => c.CurrentId.Gvk.IsClusterScoped || c.Kind == "ServiceAccount" || referrerId.IsNsEquals(c.CurrentId));
        }

        var list = sieve.ToList();
        if (list.Count == 1)
        {
            return list[0];
        }

        list = list.Where(c => c.PrefixesSuffixesEqual(referrer)).ToList();
        switch (list.Count)
        {
            case 0:
                return null;
            case 1:
                return list[0];
        }

        var identical = list.All(c => c.Name == list[0].Name && (!sameNamespaceToo || c.Namespace == list[0].Namespace));
        if (identical)
        {
            return list[0];
        }

        throw BuildStop.At(referrer.Root.Origin, referrer.SourcePath, $"updating name reference in '{spec.Path}' field of '{referrerId}': found multiple possible referrals: {string.Join(", ", list.Select(c => c.CurrentId))}");
    }
}
