namespace GitOpsLint.Rules.Secrets;

/// <summary>
/// Which value keys name a credential (<c>password</c>, <c>apiKey</c>, <c>clientSecret</c> ...) rather than a
/// reference to one (<c>existingSecret</c>, <c>passwordKey</c>, <c>tokenPath</c>, <c>secretName</c>) or a setting about
/// one (<c>passwordLength</c>, <c>tokenTTL</c>). Deliberately conservative: a missed credential is better than a
/// finding on every chart's <c>existingSecretPasswordKey</c>.
/// </summary>
internal static class CredentialKeys
{
    private static readonly string[] Triggers = ["password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey", "privatekey", "credential"];

    private static readonly string[] ExactTriggers = ["pwd", "pass"];

    private static readonly string[] ExcludedSuffixes =
    [
        "name", "names", "ref", "refs", "file", "files", "path", "paths", "keys", "enabled", "enable", "length", "policy", "type",
        "mount", "mountpath", "url", "uri", "endpoint", "ttl", "expiry", "expiration", "header", "field", "env", "envvar", "provider",
        "mode", "format", "hash", "reference", "source", "template", "annotations", "labels", "dir", "directory", "location",
        "selector", "namespace", "version", "audience", "issuer", "duration", "interval", "size", "count", "store", "class", "kind",
    ];

    private static readonly string[] ExcludedParts = ["existing", "rotation", "generate", "secretstore", "sealed", "externalsecret", "create"];

    private static readonly string[] SettingPrefixes = ["enable", "disable", "use", "allow", "require", "skip", "auto"];

    private static readonly string[] NonSecretWords = ["true", "false", "yes", "no", "on", "off", "enabled", "disabled", "none", "null", "required", "optional"];

    private static readonly string[] CredentialKeySuffixes = ["apikey", "accesskey", "secretkey", "privatekey", "signingkey", "encryptionkey", "masterkey", "licensekey", "secretaccesskey"];

    public static bool IsCredential(string key)
    {
        var normalized = new string(key.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        if (normalized.Length == 0)
        {
            return false;
        }

        if (ExactTriggers.Contains(normalized))
        {
            return true;
        }

        if (!Triggers.Any(t => normalized.Contains(t, StringComparison.Ordinal)) || ExcludedParts.Any(p => normalized.Contains(p, StringComparison.Ordinal))
            || SettingPrefixes.Any(p => normalized.StartsWith(p, StringComparison.Ordinal)))
        {
            return false;
        }

        if (normalized.EndsWith("key", StringComparison.Ordinal))
        {
            return CredentialKeySuffixes.Any(s => normalized.EndsWith(s, StringComparison.Ordinal));
        }

        return !ExcludedSuffixes.Any(s => normalized.EndsWith(s, StringComparison.Ordinal) && normalized.Length > s.Length);
    }

    /// <summary>Values that are references or placeholders for a secret resolved elsewhere, not the secret itself.</summary>
    public static bool IsReferenceOrPlaceholder(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 || NonSecretWords.Contains(trimmed.ToLowerInvariant())
            || trimmed.StartsWith("${", StringComparison.Ordinal) || trimmed.StartsWith("$(", StringComparison.Ordinal)
            || trimmed.Contains("{{", StringComparison.Ordinal)
            || trimmed.StartsWith("<path:", StringComparison.Ordinal) || trimmed.StartsWith("ref+", StringComparison.Ordinal)
            || trimmed.StartsWith("vault:", StringComparison.Ordinal) || trimmed.StartsWith("ENC[", StringComparison.Ordinal)
            || trimmed.StartsWith("secretref+", StringComparison.Ordinal) || trimmed.StartsWith('/')
            || (trimmed.StartsWith('<') && trimmed.EndsWith('>'));
    }
}
