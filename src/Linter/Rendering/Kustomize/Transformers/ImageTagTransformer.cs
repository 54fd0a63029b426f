using System.Text.RegularExpressions;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// One <c>images:</c> entry: every <c>image</c> of an element of a <c>containers</c> or <c>initContainers</c> list,
/// anywhere in any object, whose name matches gets a new name, tag and/or digest (a new tag or digest replaces both).
/// </summary>
internal sealed class ImageTagTransformer(string name, string? newName, string? newTag, string? digest, NodeOrigin? origin)
{
    private readonly Regex matcher = new("^" + name + "(@sha256)?(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9]*)?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public void Transform(ResourceMap map)
    {
        foreach (var resource in map.Resources)
        {
            Visit(resource.Root);
        }
    }

    private void Visit(KNode node)
    {
        switch (node)
        {
            case KMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Key is "containers" or "initContainers" && entry.Value is KSequence containers)
                    {
                        foreach (var container in containers.Items.OfType<KMapping>())
                        {
                            if (container.Get("image") is KScalar { IsNull: false } image && Update(image.Value) is { } updated)
                            {
                                container.Set("image", KScalar.String(updated, origin));
                            }
                        }
                    }

                    Visit(entry.Value);
                }

                break;
            case KSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Visit(item);
                }

                break;
        }
    }

    private string? Update(string image)
    {
        if (!matcher.IsMatch(image))
        {
            return null;
        }

        var (imageName, tag, imageDigest) = Split(image);
        if (!string.IsNullOrEmpty(newName))
        {
            imageName = newName;
        }

        if (!string.IsNullOrEmpty(newTag) && !string.IsNullOrEmpty(digest))
        {
            (tag, imageDigest) = (newTag, digest);
        }
        else if (!string.IsNullOrEmpty(newTag))
        {
            (tag, imageDigest) = (newTag, string.Empty);
        }
        else if (!string.IsNullOrEmpty(digest))
        {
            (tag, imageDigest) = (string.Empty, digest);
        }

        return imageName + (tag.Length > 0 ? ":" + tag : string.Empty) + (imageDigest.Length > 0 ? "@" + imageDigest : string.Empty);
    }

    /// <summary>kustomize's image.Split: a registry host's port is not a tag, so the search starts after the first slash.</summary>
    private static (string Name, string Tag, string Digest) Split(string image)
    {
        var slash = image.IndexOf('/', StringComparison.Ordinal);
        var offset = slash > 0 ? slash : 0;
        var search = image[offset..];
        var at = search.IndexOf('@', StringComparison.Ordinal);
        var colon = search.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 && at < 0)
        {
            return (image, string.Empty, string.Empty);
        }

        if (at >= 0 && (at < colon || colon < 0))
        {
            return (image[..(at + offset)], string.Empty, image[(at + offset + 1)..]);
        }

        if (at >= 0)
        {
            return (image[..(colon + offset)], image[(colon + offset + 1)..(at + offset)], image[(at + offset + 1)..]);
        }

        return (image[..(colon + offset)], image[(colon + offset + 1)..], string.Empty);
    }
}
