using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Support;

/// <summary>The Go types of Sprig's signatures.</summary>
internal static class SprigTypes
{
    public static readonly GoType Any = GoType.Interface;
    public static readonly GoType Str = GoType.String;
    public static readonly GoType Int = GoType.Int;
    public static readonly GoType I64 = GoType.Int64;
    public static readonly GoType F64 = GoType.Float64;
    public static readonly GoType Bool = GoType.Bool;
    public static readonly GoType U32 = GoType.Uint32;
    public static readonly GoType AnyList = GoType.SliceOf(GoType.Interface);
    public static readonly GoType StringList = GoType.SliceOf(GoType.String);
    public static readonly GoType IntList = GoType.SliceOf(GoType.Int);
    public static readonly GoType AnyListList = GoType.SliceOf(GoType.SliceOf(GoType.Interface));
    public static readonly GoType Map = GoType.MapOf(GoType.Interface);
    public static readonly GoType StringMap = GoType.MapOf(GoType.String);
    public static readonly GoType TimeType = GoType.Named("time.Time");
    public static readonly GoType SemverType = GoType.Named("*semver.Version", GoKind.Pointer);
    public static readonly GoType CertificateType = GoType.Named("sprig.certificate");

    public static GoType[] Of(params GoType[] types) => types;
}
