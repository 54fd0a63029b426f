using GitOpsLint.Rendering.Kustomize;
using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Provenance;

/// <summary>Rewrites the origins of engine output that point into <see cref="SyntheticFile"/>s so they point at repository text.</summary>
public sealed class OriginTranslator(IReadOnlyList<SyntheticFile> files)
{
    public void Translate(KNode node)
    {
        if (files.Count == 0)
        {
            return;
        }

        var stack = new Stack<KNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.Origin is { } origin)
            {
                current.Origin = Translate(origin);
            }

            switch (current)
            {
                case KMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        if (entry.KeyOrigin is { } keyOrigin)
                        {
                            entry.KeyOrigin = Translate(keyOrigin);
                        }

                        stack.Push(entry.Value);
                    }

                    break;
                case KSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        stack.Push(item);
                    }

                    break;
            }
        }
    }

    public NodeOrigin Translate(NodeOrigin origin)
    {
        foreach (var file in files)
        {
            origin = file.Translate(origin);
        }

        return origin;
    }

    public KustomizeError Translate(KustomizeError error)
    {
        foreach (var file in files)
        {
            error = file.Translate(error);
        }

        return error;
    }
}
