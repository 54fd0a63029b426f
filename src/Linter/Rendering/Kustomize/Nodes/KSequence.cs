namespace GitOpsLint.Rendering.Kustomize.Nodes;

public sealed class KSequence : KNode
{
    public KSequence(NodeOrigin? origin = null)
    {
        Origin = origin;
    }

    public List<KNode> Items { get; } = [];

    public override KNode DeepClone()
    {
        var copy = new KSequence(Origin);
        foreach (var item in Items)
        {
            copy.Items.Add(item.DeepClone());
        }

        return copy;
    }
}
