namespace GitOpsLint.Rendering.Units;

/// <summary>Stable identifiers of rendering problems, so the engine maps each to one rule.</summary>
public static class UnitProblemCode
{
    /// <summary>The source is another repository, a Helm repository without a mirror, or a plugin: not rendered offline.</summary>
    public const string NotRenderableOffline = "not-renderable-offline";

    /// <summary>A path, chart, values file or referenced object does not exist in the repository.</summary>
    public const string Missing = "missing";

    /// <summary>A path names a place outside the repository.</summary>
    public const string OutsideRepository = "outside-repository";

    /// <summary>The engine (Helm, kustomize, Go template, envsubst) failed.</summary>
    public const string RenderFailed = "render-failed";

    /// <summary>An Application renders itself again through its children (app-of-apps cycle), or a kustomization includes itself.</summary>
    public const string Cycle = "cycle";

    /// <summary>A size or depth limit ended the work (huge generators, deep recursion).</summary>
    public const string Limit = "limit";

    /// <summary>The unit is written in a way the controller rejects (several source types, no source).</summary>
    public const string Invalid = "invalid";

    /// <summary>A feature is present that this renderer does not apply; the output may differ from the controller's.</summary>
    public const string Unsupported = "unsupported";
}
