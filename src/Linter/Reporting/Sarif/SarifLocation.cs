namespace GitOpsLint.Reporting.Sarif;

/// <summary>A location (§3.28): where in a file, the JSON Pointer of the node, and (for related locations) an id and a message.</summary>
internal sealed record SarifLocation(
    int? Id,
    SarifPhysicalLocation PhysicalLocation,
    IReadOnlyList<SarifLogicalLocation>? LogicalLocations,
    SarifMessage? Message);
