using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using GoTemplates.Runtime;
using GoTemplates.Sprig.Crypto;
using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>
/// Sprig's crypto.go functions that need no key generation: derivePassword (scrypt, deterministic),
/// encryptAES/decryptAES (AES-256-CBC, IV from the seeded source), randBytes and uuidv4.
/// bcrypt, htpasswd, genPrivateKey and the certificate generators are not provided.
/// </summary>
internal static class CryptoFunctions
{
    public static void Register(FunctionTable t, SprigContext context)
    {
        t.Add("derivePassword", Of(U32, Str, Str, Str, Str), Str, a => DerivePassword((uint)a[0]!, (string)a[1]!, (string)a[2]!, (string)a[3]!, (string)a[4]!));
        t.AddWithError("encryptAES", Of(Str, Str), Str, a => EncryptAes(context, (string)a[0]!, (string)a[1]!));
        t.AddWithError("decryptAES", Of(Str, Str), Str, a => DecryptAes((string)a[0]!, (string)a[1]!));
        t.AddWithError("randBytes", Of(Int), Str, a => RandBytes(context, (nint)a[0]!));
        t.Add("uuidv4", Of(), Str, _ => UuidV4(context));
    }

    private static readonly Dictionary<string, string[]> PasswordTemplates = new(StringComparer.Ordinal)
    {
        ["maximum"] = ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        ["long"] = ["CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv", "CvccCvcvCvcvno", "CvcvnoCvccCvcv",
            "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc", "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv",
            "CvccCvccCvcvno", "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc", "CvccCvcvCvccno"],
        ["medium"] = ["CvcnoCvc", "CvcCvcno"],
        ["short"] = ["Cvcn"],
        ["basic"] = ["aaanaaan", "aannaaan", "aaannaaa"],
        ["pin"] = ["nnnn"],
    };

    private static readonly Dictionary<char, string> TemplateCharacters = new()
    {
        ['V'] = "AEIOU",
        ['C'] = "BCDFGHJKLMNPQRSTVWXYZ",
        ['v'] = "aeiou",
        ['c'] = "bcdfghjklmnpqrstvwxyz",
        ['A'] = "AEIOUBCDFGHJKLMNPQRSTVWXYZ",
        ['a'] = "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
        ['n'] = "0123456789",
        ['o'] = "@&%?,=[]_:-+*$#!'^~;()/.",
        ['x'] = "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()",
    };

    /// <summary>The Master Password algorithm Sprig implements.</summary>
    private static string DerivePassword(uint counter, string passwordType, string password, string user, string site)
    {
        if (!PasswordTemplates.TryGetValue(passwordType, out var templates)) return $"cannot find password template {passwordType}";
        const string seed = "com.lyndir.masterpassword";
        var userBytes = GoStrings.ToBytes(user);
        var salt = Concat(Encoding.ASCII.GetBytes(seed), BigEndian((uint)userBytes.Length), userBytes);
        var key = Scrypt.Key(GoStrings.ToBytes(password), salt, 32768, 8, 2, 64);
        var siteBytes = GoStrings.ToBytes(site);
        var message = Concat(Encoding.ASCII.GetBytes(seed), BigEndian((uint)siteBytes.Length), siteBytes, BigEndian(counter));
        var digest = HMACSHA256.HashData(key, message);
        var template = templates[digest[0] % templates.Length];
        var sb = new StringBuilder(template.Length);
        for (var i = 0; i < template.Length; i++)
        {
            var characters = TemplateCharacters[template[i]];
            sb.Append(characters[digest[i + 1] % characters.Length]);
        }
        return sb.ToString();
    }

    private static byte[] BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] AesKey(string password)
    {
        var key = new byte[32];
        var bytes = GoStrings.ToBytes(password);
        Array.Copy(bytes, key, Math.Min(bytes.Length, 32));
        return key;
    }

    private static string EncryptAes(SprigContext context, string password, string plaintext)
    {
        if (plaintext.Length == 0) return "";
        var content = GoStrings.ToBytes(plaintext);
        var padding = 16 - content.Length % 16;
        var padded = content.Concat(Enumerable.Repeat((byte)padding, padding)).ToArray();
        var iv = context.Random.Bytes(16);
        using var aes = Aes.Create();
        aes.Key = AesKey(password);
        var encrypted = aes.EncryptCbc(padded, iv, PaddingMode.None);
        return Convert.ToBase64String(iv.Concat(encrypted).ToArray());
    }

    private static string DecryptAes(string password, string crypt64)
    {
        if (crypt64.Length == 0) return "";
        if (!GoBase64.TryDecode(GoStrings.ToBytes(crypt64), out var crypt, out var error)) throw new GoFunctionException(error);
        if (crypt.Length < 16) throw new GoPanicException($"runtime error: slice bounds out of range [:16] with capacity {crypt.Length}");
        var body = crypt[16..];
        if (body.Length % 16 != 0) throw new GoPanicException("crypto/cipher: input not full blocks");
        if (body.Length == 0) throw new GoPanicException("runtime error: index out of range [-1]");
        using var aes = Aes.Create();
        aes.Key = AesKey(password);
        var decrypted = aes.DecryptCbc(body, crypt[..16], PaddingMode.None);
        var cut = decrypted.Length - decrypted[^1];
        if (cut < 0) throw new GoPanicException($"runtime error: slice bounds out of range [:{cut}]");
        return GoStrings.FromBytes(decrypted.AsSpan(0, cut));
    }

    private static string RandBytes(SprigContext context, long count)
    {
        if (count < 0) throw new GoPanicException("runtime error: makeslice: len out of range");
        return Convert.ToBase64String(context.Random.Bytes((int)count));
    }

    private static string UuidV4(SprigContext context)
    {
        var bytes = context.Random.Bytes(16);
        bytes[6] = (byte)(bytes[6] & 0x0f | 0x40);
        bytes[8] = (byte)(bytes[8] & 0x3f | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
