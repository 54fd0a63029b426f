using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Tests.Rendering.Units;

public sealed class UnitFormatterTests
{
    [Fact]
    public void List_and_render_output_are_stable_text()
    {
        var repository = TestRepository.Load(
            ("app.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://github.com/org/repo.git\n    path: deploy/prod\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: web\n"),
            ("deploy/prod/cm.yaml", "# settings\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n"),
            ("remote.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ext\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://github.com/org/elsewhere.git\n    path: apps\n"));
        var catalog = UnitCatalog.Discover(repository);

        Assert.Equal(
            "UNIT                    KIND         NAMESPACE  ENVIRONMENT  CLUSTER                         SOURCE\n"
            + "Application/argocd/ext  Application  -          -            -                               https://github.com/org/elsewhere.git//apps (remote)\n"
            + "Application/argocd/web  Application  web        prod         https://kubernetes.default.svc  deploy/prod\n",
            UnitFormatter.FormatList(catalog));

        var rendered = UnitRenderer.Render(catalog.Find("web")!, repository);
        Assert.Equal(
            "# Unit: Application/argocd/web\n# From: Application argocd/web (app.yaml:2:1)\n---\n# Source: deploy/prod/cm.yaml:2\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n",
            UnitFormatter.FormatRender(rendered));

        var remote = UnitRenderer.Render(catalog.Find("ext")!, repository);
        Assert.Equal(
            "# Unit: Application/argocd/ext\n# From: Application argocd/ext (remote.yaml:2:1)\n# note not-renderable-offline remote.yaml:9:11: Application/argocd/ext deploys from https://github.com/org/elsewhere.git, which is not this repository; it is not fetched, so its objects are not checked\n",
            UnitFormatter.FormatRender(remote));
    }
}
