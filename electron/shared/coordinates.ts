/**
 * Reads WGS-84 coordinates as investigators paste them from a phone or a map:
 * decimal degrees "24.1234, 117.6123", or degrees-minutes-seconds
 * `24°07'24"N 117°36'44"E` (also with ′ ″ and a hemisphere letter before or
 * after). Returns `null` when the text is not a coordinate pair or is out of range.
 */
export function parseCoordinates(text: string): { latitude: number; longitude: number } | null {
  const cleaned = text.normalize('NFKC').trim()
  const decimal = /^([+-]?\d{1,3}(?:\.\d+)?)\s*[,，;\s]\s*([+-]?\d{1,3}(?:\.\d+)?)$/.exec(cleaned)
  if (decimal) return checked(Number(decimal[1]), Number(decimal[2]))
  const part = String.raw`([NSEW])?\s*(\d{1,3}(?:\.\d+)?)\s*[°度]\s*(?:(\d{1,2}(?:\.\d+)?)\s*['′分])?\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:["″秒]|''|′′))?\s*([NSEW])?`
  const dms = new RegExp(`^${part}\\s*[,，;]?\\s*${part}$`, 'i').exec(cleaned)
  if (!dms) return null
  const read = (offset: number) => {
    const hemisphere = (dms[offset] ?? dms[offset + 4] ?? '').toUpperCase()
    const degrees = Number(dms[offset + 1]) + Number(dms[offset + 2] ?? 0) / 60 + Number(dms[offset + 3] ?? 0) / 3600
    return { hemisphere, degrees: hemisphere === 'S' || hemisphere === 'W' ? -degrees : degrees }
  }
  const first = read(1)
  const second = read(6)
  // "117°E 24°N" names longitude first.
  const swapped = first.hemisphere === 'E' || first.hemisphere === 'W'
  const [lat, lon] = swapped ? [second, first] : [first, second]
  return checked(round(lat.degrees), round(lon.degrees))
}

// Six decimals is about 0.1 m: more than any field GPS can tell.
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

function checked(latitude: number, longitude: number) {
  if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) return null
  return { latitude, longitude }
}

/**
 * The great-circle distance in metres between two WGS-84 points (haversine
 * on a sphere of the WGS-84 mean radius, 6 371 008.8 m): metres off for a
 * photo taken at a site, far below a phone's GPS accuracy.
 */
export function distanceMetres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLon = (b.longitude - a.longitude) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)))
}
