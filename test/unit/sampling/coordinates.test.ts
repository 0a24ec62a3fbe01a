import { describe, expect, it } from 'vitest'
import { parseCoordinates } from '../../../electron/shared/coordinates'

describe('parseCoordinates', () => {
  it('reads pasted decimal degrees', () => {
    expect(parseCoordinates('24.1234, 117.6123')).toEqual({ latitude: 24.1234, longitude: 117.6123 })
    expect(parseCoordinates(' 24.1234，117.6123 ')).toEqual({ latitude: 24.1234, longitude: 117.6123 })
    expect(parseCoordinates('-33.86 151.21')).toEqual({ latitude: -33.86, longitude: 151.21 })
  })

  it('reads degrees, minutes and seconds with hemispheres', () => {
    expect(parseCoordinates(`24°07'24"N 117°36'44"E`)).toEqual({ latitude: 24.123333, longitude: 117.612222 })
    expect(parseCoordinates('N24°07′24″, E117°36′44″')).toEqual({ latitude: 24.123333, longitude: 117.612222 })
    expect(parseCoordinates(`117°36'44"E 24°07'24"N`)).toEqual({ latitude: 24.123333, longitude: 117.612222 })
    expect(parseCoordinates(`33°52'S 151°12'E`)).toEqual({ latitude: -33.866667, longitude: 151.2 })
  })

  it('refuses what is not a coordinate pair or is out of range', () => {
    expect(parseCoordinates('池塘东岸')).toBeNull()
    expect(parseCoordinates('124.1, 117.6')).toBeNull()
    expect(parseCoordinates('24.1')).toBeNull()
  })
})
