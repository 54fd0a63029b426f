using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace GitOpsLint.Rendering.Helm.Semver;

/// <summary>A version as Masterminds/semver v3 parses it (loosely: <c>v1</c>, <c>1.2</c> and <c>1.2.3-rc.1+meta</c> are all accepted).</summary>
internal sealed partial class SemanticVersion : IComparable<SemanticVersion>
{
    [GeneratedRegex(@"^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?$")]
    private static partial Regex Loose();

    private SemanticVersion(BigInteger major, BigInteger minor, BigInteger patch, string prerelease, string metadata)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease;
        Metadata = metadata;
    }

    public BigInteger Major { get; }

    public BigInteger Minor { get; }

    public BigInteger Patch { get; }

    public string Prerelease { get; }

    public string Metadata { get; }

    internal static bool TryParse(string text, out SemanticVersion version)
    {
        version = null!;
        var m = Loose().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var major = BigInteger.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var minor = m.Groups[2].Success ? BigInteger.Parse(m.Groups[2].Value[1..], CultureInfo.InvariantCulture) : BigInteger.Zero;
        var patch = m.Groups[3].Success ? BigInteger.Parse(m.Groups[3].Value[1..], CultureInfo.InvariantCulture) : BigInteger.Zero;
        if (major > ulong.MaxValue || minor > ulong.MaxValue || patch > ulong.MaxValue)
        {
            return false;
        }

        var prerelease = m.Groups[5].Success ? m.Groups[5].Value : "";
        foreach (var part in prerelease.Length == 0 ? [] : prerelease.Split('.'))
        {
            // A numeric prerelease identifier must not have leading zeros.
            if (part.Length > 1 && part[0] == '0' && part.All(char.IsAsciiDigit))
            {
                return false;
            }
        }

        version = new SemanticVersion(major, minor, patch, prerelease, m.Groups[8].Success ? m.Groups[8].Value : "");
        return true;
    }

    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = Major.CompareTo(other.Major);
        if (c != 0)
        {
            return c;
        }

        c = Minor.CompareTo(other.Minor);
        if (c != 0)
        {
            return c;
        }

        c = Patch.CompareTo(other.Patch);
        return c != 0 ? c : ComparePrerelease(Prerelease, other.Prerelease);
    }

    private static int ComparePrerelease(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        if (a.Length == 0)
        {
            return 1;
        }

        if (b.Length == 0)
        {
            return -1;
        }

        var pa = a.Split('.');
        var pb = b.Split('.');
        for (var i = 0; i < Math.Max(pa.Length, pb.Length); i++)
        {
            if (i >= pa.Length)
            {
                return -1;
            }

            if (i >= pb.Length)
            {
                return 1;
            }

            var na = pa[i].All(char.IsAsciiDigit);
            var nb = pb[i].All(char.IsAsciiDigit);
            int c;
            if (na && nb)
            {
                c = BigInteger.Parse(pa[i], CultureInfo.InvariantCulture).CompareTo(BigInteger.Parse(pb[i], CultureInfo.InvariantCulture));
            }
            else if (na)
            {
                c = -1;
            }
            else if (nb)
            {
                c = 1;
            }
            else
            {
                c = string.CompareOrdinal(pa[i], pb[i]);
            }

            if (c != 0)
            {
                return Math.Sign(c);
            }
        }

        return 0;
    }
}
