/** A region select's options, counties indented under their city, after a placeholder (value ""). */
export function RegionOptions({ regions, placeholder }: { regions: { id: string; name: string; level: string }[]; placeholder: string }) {
  return (
    <>
      <option value="">{placeholder}</option>
      {regions.map((r) => (
        <option key={r.id} value={r.id}>
          {r.level === "COUNTY" ? `　${r.name}` : r.name}
        </option>
      ))}
    </>
  );
}
