using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>Sprig's base64/base32 functions and hash sums. Decoding errors come back as the result text, as in Sprig.</summary>
internal static class EncodingFunctions
{
    public static void Register(FunctionTable t)
    {
        t.Add("b64enc", Of(Str), Str, a => Convert.ToBase64String(GoStrings.ToBytes((string)a[0]!)));
        t.Add("b64dec", Of(Str), Str, a => GoBase64.TryDecode(GoStrings.ToBytes((string)a[0]!), out var bytes, out var error) ? GoStrings.FromBytes(bytes) : error);
        t.Add("b32enc", Of(Str), Str, a => GoBase32.Encode(GoStrings.ToBytes((string)a[0]!)));
        t.Add("b32dec", Of(Str), Str, a => GoBase32.TryDecode(GoStrings.ToBytes((string)a[0]!), out var bytes, out var error) ? GoStrings.FromBytes(bytes) : error);
        t.Add("sha1sum", Of(Str), Str, a => Hex(SHA1.HashData(GoStrings.ToBytes((string)a[0]!))));
        t.Add("sha256sum", Of(Str), Str, a => Hex(SHA256.HashData(GoStrings.ToBytes((string)a[0]!))));
        t.Add("sha512sum", Of(Str), Str, a => Hex(SHA512.HashData(GoStrings.ToBytes((string)a[0]!))));
        t.Add("adler32sum", Of(Str), Str, a => Adler32(GoStrings.ToBytes((string)a[0]!)).ToString(CultureInfo.InvariantCulture));
    }

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);

    private static uint Adler32(byte[] data)
    {
        const uint modulus = 65521;
        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % modulus;
            b = (b + a) % modulus;
        }
        return b << 16 | a;
    }
}

/// <summary>Go's <c>base64.StdEncoding.DecodeString</c>, with its error positions.</summary>
internal static class GoBase64
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static bool TryDecode(byte[] src, out byte[] result, out string error)
    {
        var output = new List<byte>(src.Length * 3 / 4);
        result = [];
        error = "";
        var si = 0;
        while (si < src.Length)
        {
            var dbuf = new int[4];
            var dlen = 4;
            long? failure = null;
            for (var j = 0; j < 4; j++)
            {
                if (si == src.Length)
                {
                    if (j == 0) goto done;
                    return Fail(si - j, out error);
                }
                var c = src[si++];
                var value = Alphabet.IndexOf((char)c);
                if (c < 0x80 && value >= 0)
                {
                    dbuf[j] = value;
                    continue;
                }
                if (c is (byte)'\n' or (byte)'\r')
                {
                    j--;
                    continue;
                }
                if (c != '=') return Fail(si - 1, out error);
                switch (j)
                {
                    case 0 or 1:
                        return Fail(si - 1, out error);
                    case 2:
                        while (si < src.Length && src[si] is (byte)'\n' or (byte)'\r') si++;
                        if (si == src.Length) return Fail(src.Length, out error);
                        if (src[si] != '=') return Fail(si - 1, out error);
                        si++;
                        break;
                }
                while (si < src.Length && src[si] is (byte)'\n' or (byte)'\r') si++;
                if (si < src.Length) failure = si;
                dlen = j;
                break;
            }
            var val = dbuf[0] << 18 | dbuf[1] << 12 | dbuf[2] << 6 | dbuf[3];
            var bytes = new[] { (byte)(val >> 16), (byte)(val >> 8), (byte)val };
            for (var k = 0; k < dlen - 1; k++) output.Add(bytes[k]);
            if (failure is { } position) return Fail(position, out error);
        }
        done:
        result = output.ToArray();
        return true;
    }

    private static bool Fail(long position, out string error)
    {
        error = $"illegal base64 data at input byte {position}";
        return false;
    }
}

/// <summary>Go's <c>base32.StdEncoding</c>.</summary>
internal static class GoBase32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Encode(byte[] data)
    {
        var sb = new StringBuilder((data.Length + 4) / 5 * 8);
        for (var i = 0; i < data.Length; i += 5)
        {
            var chunk = new byte[5];
            var n = Math.Min(5, data.Length - i);
            Array.Copy(data, i, chunk, 0, n);
            ulong bits = 0;
            foreach (var b in chunk) bits = bits << 8 | b;
            var chars = n switch { 1 => 2, 2 => 4, 3 => 5, 4 => 7, _ => 8 };
            for (var k = 0; k < 8; k++)
            {
                sb.Append(k < chars ? Alphabet[(int)(bits >> (35 - 5 * k) & 31)] : '=');
            }
        }
        return sb.ToString();
    }

    public static bool TryDecode(byte[] raw, out byte[] result, out string error)
    {
        var src = raw.Where(b => b is not ((byte)'\n' or (byte)'\r')).ToArray();
        var output = new List<byte>();
        result = [];
        error = "";
        var olen = src.Length;
        var pos = 0;
        var end = false;
        while (pos < src.Length && !end)
        {
            var dbuf = new int[8];
            var dlen = 8;
            for (var j = 0; j < 8;)
            {
                var remaining = src.Length - pos;
                if (remaining == 0) return Fail(olen - j, out error);
                var c = src[pos++];
                remaining--;
                if (c == '=' && j >= 2 && remaining < 8)
                {
                    if (remaining + j < 8 - 1) return Fail(olen, out error);
                    for (var k = 0; k < 8 - 1 - j; k++)
                    {
                        if (remaining > k && src[pos + k] != '=') return Fail(olen - remaining + k - 1, out error);
                    }
                    dlen = j;
                    end = true;
                    if (dlen is 1 or 3 or 6) return Fail(olen - remaining - 1, out error);
                    break;
                }
                var value = c < 0x80 ? Alphabet.IndexOf((char)c) : -1;
                if (value < 0) return Fail(olen - remaining - 1, out error);
                dbuf[j++] = value;
            }
            ulong bits = 0;
            foreach (var d in dbuf) bits = bits << 5 | (uint)d;
            var count = dlen switch { 8 => 5, 7 => 4, 5 => 3, 4 => 2, 2 => 1, _ => 0 };
            for (var k = 0; k < count; k++) output.Add((byte)(bits >> (32 - 8 * k)));
        }
        result = output.ToArray();
        return true;
    }

    private static bool Fail(long position, out string error)
    {
        error = $"illegal base32 data at input byte {position}";
        return false;
    }
}
