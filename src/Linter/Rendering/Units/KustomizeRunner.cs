using GitOpsLint.Rendering.Kustomize;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Provenance;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// Runs the kustomize builder for a unit (on the repository, or on an overlay holding edited or generated
/// kustomizations), translates positions inside those synthetic files back to the repository text, and turns build
/// errors and notes into problems.
/// </summary>
internal static class KustomizeRunner
{
    /// <summary>The built objects with repository origins, or null when the build failed (the error is reported).</summary>
    public static IReadOnlyList<KMapping>? Build(RenderContext context, IWorkspace workspace, string directory, IReadOnlyList<SyntheticFile> synthetic)
    {
        var result = KustomizeBuilder.Build(workspace, directory);
        var translator = new OriginTranslator(synthetic);
        foreach (var note in result.Notes.Select(translator.Translate))
        {
            context.Report(UnitProblemCode.Unsupported, UnitProblemSeverity.Note, context.Resolve(note.Path, note.Line, note.Column), note.Message, note.Hint);
        }

        foreach (var error in result.Errors.Select(translator.Translate))
        {
            var isCycle = error.Message.StartsWith("cycle detected", StringComparison.Ordinal);
            context.Report(
                isCycle ? UnitProblemCode.Cycle : UnitProblemCode.RenderFailed,
                UnitProblemSeverity.Error,
                context.Resolve(error.Path, error.Line, error.Column),
                $"kustomize build of '{(directory.Length == 0 ? "." : directory)}' for {context.Unit.Id} failed: {error.Message}",
                error.Hint);
        }

        if (!result.Succeeded)
        {
            return null;
        }

        var roots = new List<KMapping>(result.Objects.Count);
        foreach (var kustomizeObject in result.Objects)
        {
            translator.Translate(kustomizeObject.Root);
            roots.Add(kustomizeObject.Root);
        }

        return roots;
    }

    /// <summary>Adds built objects to the unit's desired state.</summary>
    public static void AddObjects(RenderContext context, IEnumerable<KMapping> roots)
    {
        foreach (var root in roots)
        {
            var anchor = root.Origin is { } o ? new SourcePoint(o.Path, 1, 1) : (SourcePoint?)null;
            if (context.Factory.FromNode(root, AnchorOf(root) ?? anchor) is { } rendered)
            {
                context.Objects.Add(rendered);
            }
        }
    }

    /// <summary>The position of the object's <c>kind</c> (where the resource is written), else its root.</summary>
    private static SourcePoint? AnchorOf(KMapping root)
    {
        var kind = root.Entries.FirstOrDefault(e => e.Key == "kind");
        var origin = kind?.KeyOrigin ?? root.Origin;
        return origin is { } o ? new SourcePoint(o.Path, o.Line, o.Column) : null;
    }
}
