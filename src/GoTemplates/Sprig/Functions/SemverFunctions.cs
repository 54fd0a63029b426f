using GoTemplates.Sprig.Semver;
using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>Sprig's semver.go.</summary>
internal static class SemverFunctions
{
    public static void Register(FunctionTable t)
    {
        t.AddWithError("semver", Of(Str), SemverType, a => Semver.SemverVersion.Parse((string)a[0]!));
        t.AddWithError("semverCompare", Of(Str, Str), Bool, a =>
        {
            var constraints = SemverConstraints.Parse((string)a[0]!);
            return constraints.Check(Semver.SemverVersion.Parse((string)a[1]!));
        });
    }
}
