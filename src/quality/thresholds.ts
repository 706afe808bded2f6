/**
 * Thresholds of the quality checks, at the fixed analysis width (320 px, see `grey-frame.ts`).
 *
 * Calibrated on the fixture pictures in test/fixtures and degraded variants of them made in code (see
 * test/browser/quality/support/variants.ts); `node bench/quality-calibration.mjs` regenerates the table of
 * measured values in docs/quality-calibration.md. "×0.5" below is the CSS `brightness(0.5)` filter, "blur N px"
 * a CSS blur of N px on the 1280×720 picture. Each threshold sits between the worst variant that should pass
 * and the mildest that should fail, with room on both sides. Re-run the script after changing any of them.
 */

/**
 * Mean luma below this is too dark. Measured: originals 118–172; ×0.5 (a dim room) 58–82, passes;
 * ×0.25 28–41 and the fake camera's dark variant (gain 0.12) fail.
 */
export const BRIGHTNESS_MIN = 50;

/**
 * Mean luma above this is too bright. A backstop: over-exposure is mostly caught by
 * {@link OVEREXPOSED_MAX_SHARE}, because a dark card header or dark clothes hold the mean down.
 * Measured: the light-blue specimen cards 155–172 (pass); cards at ×2.5 228–234 (fail).
 */
export const BRIGHTNESS_MAX = 225;

/** Luma at or above which a pixel is clipped white (the camera's sensor saturated). */
export const CLIPPED_LUMA = 250;

/**
 * Share of clipped pixels in the guide region above which the picture is over-exposed. Measured: originals
 * 0.008–0.011; ×1.5 0.28 (selfie, the face's skin clips) to 0.68 (cards); glare discs only 0.01–0.04.
 */
export const OVEREXPOSED_MAX_SHARE = 0.2;

/**
 * Variance of the Laplacian below this is blurry. Measured in the card guide: originals 4000–8300, blur 2 px
 * 700–1230 (still legible, passes), blur 4 px 100–165 (small print gone, fails). In the selfie oval: original
 * 3600, blur 2 px 730, blur 4 px 150. The value scales with contrast squared, so a dim frame scores low too
 * (×0.25: 230–520); brightness is checked, and advised on, first.
 */
export const SHARPNESS_MIN = 300;

/**
 * Share of the card guide covered by glare blobs at which to warn. Measured: originals 0 (their white header
 * text is not counted as glare); a white disc of radius 3% of the frame width on the card 0.002.
 * 0.001 of the guide is about 7×7 analysis pixels (28×28 on a 1280 px frame), enough to hide a character.
 */
export const GLARE_WARN_SHARE = 0.001;

/** Share of the card guide covered by glare at which to fail. Measured: a disc of radius 6% of width: 0.011. */
export const GLARE_FAIL_SHARE = 0.005;

/**
 * Mean absolute difference between two consecutive analysed frames (~250 ms apart) above which the person is
 * asked to hold still. Measured on a picture shifted by N px on the 1280 px frame: 2 px 4.4–4.6, 4 px 7.7–7.9
 * (pass: under half a pixel of motion during a 33 ms exposure), 8 px 10.5–13.2, 16 px 12.4–20.4 (fail).
 * Identical frames (the fake camera's still picture) give 0.
 */
export const STEADINESS_MAX = 9;

/**
 * Minimum mean luma step across a line for it to be the card's edge. Measured: the specimen card's edges
 * against the grey background step by 40 (dark header band, top edge) to 100 (light body); text lines
 * average out along the 30% of the side that is measured.
 */
export const CARD_EDGE_MIN_CONTRAST = 15;

/**
 * How far inside the guide (share of its width or height) a card edge may lie and still count as framed.
 * Measured on id-one-sided.png, card filling the guide as a person would hold it: insets 0.04 (sides) and 0.09
 * (top). Half-size card: 0.25; third: 0.33 (both fail).
 */
export const CARD_EDGE_MAX_INSIDE = 0.15;

/** How far outside the guide a card edge may lie and still count as framed (the search starts there). */
export const CARD_EDGE_MAX_OUTSIDE = 0.1;

/** How deep into the guide to look for a smaller card's edges (for the card-size check): up to 45%. */
export const CARD_EDGE_SEARCH_INSIDE = 0.45;

/**
 * Card width as a share of the guide width below which the card is too far. Measured: the fixtures 0.92–0.97;
 * scaled ×0.9 0.82 (pass); half size 0.46 and a third 0.30 (fail).
 */
export const CARD_MIN_WIDTH_FRACTION = 0.75;

/**
 * Face box height (BlazeFace's box, the same model the built-in engine runs: brows to chin) as a share of the oval height below which the face is too
 * small. Measured with MediaPipe's full-range build of that model: selfie.png 0.28; scaled ×0.9 0.26 (pass); ×0.5 0.12 (fail).
 */
export const FACE_MIN_OVAL_FRACTION = 0.2;

/**
 * How far the face box's centre may be from the oval's centre, in oval radii (1 = on the oval's rim). Above 1
 * so a face that overlaps the rim counts: selfie-with-id.png, framed like a portrait photo with the face high
 * and left, measures 1.0; a face in a corner of the frame measures over 1.6.
 */
export const FACE_CENTRE_MAX_OVAL_DISTANCE = 1.25;

/**
 * Largest height of the ID portrait relative to the person's face for the second face to count as the ID's
 * portrait (not a second person). Measured on selfie-with-id.png: 0.41 (61 px vs 149 px boxes).
 */
export const ID_PORTRAIT_MAX_RELATIVE_SIZE = 0.7;

/**
 * Smallest height of the ID portrait relative to the person's face. An ID-1 card held beside the face shows
 * its portrait at roughly 30–55 % of the holder's face; measured with BlazeFace short-range boxes (480×272
 * input) on the two-sided fixtures: 0.39 (selfie-with-card-photo-side), 0.45 (selfie-with-id), 0.54
 * (portrait-selfie-with-card), 0.56 (selfie-with-card-far-dusk). Below this a second box is a speck in the
 * background, not a card held up.
 */
export const ID_PORTRAIT_MIN_RELATIVE_SIZE = 0.2;

/**
 * Lowest detector score (when the detector gives one) for a face to be taken as the person at the selfie step.
 * The built-in engine's agreement rule already counts a face seen at two input sizes from a best score of 0.75
 * (docs/face-engine.md), but its false faces reach 0.78: a dog's face, blurred, is confirmed at 0.77 at two
 * sizes, and would be the "person" of a picture with nobody in it. Real faces as the person: 0.85–0.96 on the
 * original face pictures (lowest: the overexposed astronaut, 0.85 WebAssembly, 0.91 JS); of the variants,
 * only a brightened overexposed face (0.77) and blurred faces (0.76–0.78, JS engine), none of which pass the
 * light or sharpness checks anyway, fall under it. Measured with `node bench/false-ready-sweep.mjs`.
 * A weaker face is not the person, but still counts as another person when one is found beside it.
 */
export const PERSON_MIN_SCORE = 0.8;

/**
 * Faces smaller than this share of the person's face are ignored when counting people: someone far in the
 * background is not "in the picture" the way a second person beside the camera is.
 */
export const OTHER_FACE_MIN_RELATIVE_SIZE = 0.25;

/**
 * How much the face box is enlarged (about its centre) for the light and sharpness checks once a face is
 * known. BlazeFace's box runs from brows to chin; ×1.3 takes in the hairline, ears and jaw line, which carry
 * the edges a focus measure needs, without reaching far into the background.
 */
export const FACE_REGION_SCALE = 1.3;

/**
 * Variance of the Laplacian on the (enlarged) face box, with the step of {@link FACE_SHARPNESS_SCALE_PX},
 * below which the face is blurry. Measured in Chromium at 320 px, face boxes written by hand:
 * - originals: selfie 3340, selfie-with-id 3458, two-people-bar 2910, selfie-with-card-photo-side 4578,
 *   selfie-frontal-indoor 4797;
 * - blur 2 px (of 1280; still legible, passes as for cards): faces of 140–230 px 434–759, larger faces
 *   2279–3044;
 * - blur 4 px (fails): faces of 140–230 px 77–183; on faces of 300–470 px a 4 px blur is small next to the
 *   face and keeps 858–1631 (passes), blur 8 px 215–536 (fails, but for the 470 px face);
 * - a soft background (blur 12 px everywhere but an ellipse around the face): 2527–3877, unchanged by the
 *   background, while the oval's bounds fall to 281–436 (near or under {@link SHARPNESS_MIN}).
 */
export const FACE_SHARPNESS_MIN = 300;

/**
 * The face height (analysis pixels) at which face sharpness is measured with a 1-pixel Laplacian; a face
 * N times taller is measured with an N-pixel step, so blur is judged relative to the face's size.
 */
export const FACE_SHARPNESS_SCALE_PX = 40;

/**
 * Largest deviation of the card's measured width/height from the ID-1 ratio (1.585) for the four edges to
 * count as a card: ±10 % (1.43–1.74). Measured in Chromium on the card fixtures 1.509 (card-photo-side-desk,
 * tilted), 1.575 (card-name-side-plain), 1.588 (id-*); the strongest lines around the guide on pictures
 * without a card: 1.11 (selfie), 1.36 (two-people-bar), 1.92 (selfie-frontal-indoor), 2.84 (empty room),
 * 3.36 (selfie-with-id). In Node, on the other pictures of the face set: 1.13–1.37, 1.76 (a face filling the
 * frame, rejected by its size) and 1.9–3.1.
 */
export const CARD_ASPECT_TOLERANCE = 0.1;

/**
 * Luma step between neighbours (2 px apart) above which a pixel counts as printed detail (text, lines,
 * portrait edges) for {@link CARD_PRINT_MIN_SHARE}.
 */
export const CARD_PRINT_STEP = 24;

/**
 * Share of the card's inner area with printed detail below which the "card" is a blank surface (a plain
 * desk, a wall, a sheet of paper) whose outline happens to have the card's proportions. A backstop, not the
 * main test (that is the ID-1 outline): measured in Chromium at 320 px, the specimen cards 0.115–0.252, and
 * every textured scene 0.17–0.49; a uniform surface measures 0.
 */
export const CARD_PRINT_MIN_SHARE = 0.03;

/**
 * A face taller than this share of the card rectangle's height is a person in front of the camera, not a
 * card's portrait. Printed portraits measure 0.19–0.33 of the card height on the fixtures (id-one-sided,
 * id-photo-side, card-photo-side-desk, card-one-sided-desk); a face close to the camera 0.73–1.14 of the
 * guide's height. A small real face (selfie.png at the ID step: 0.22) is told apart by the card outline,
 * not by this.
 */
export const CARD_MAX_FACE_SHARE = 0.5;

/**
 * Portrait (one-sided ID step): smallest height of the face found on the card relative to the card's height
 * for it to be the card's portrait (a face speck from print or pattern is not).
 */
export const CARD_PORTRAIT_MIN_SHARE = 0.1;

/**
 * At the selfie step the card finder looks again, on a contrast-stretched copy of the frame, when its luma
 * range (1st–99th percentile) spans less than 1 / this of 0–255 (see `findHeldCard`). Measured at 320 px: the
 * original face and camera pictures span 168–255 levels (gain 1.0–1.5); the brighter and darker variants
 * (contrast ×0.45) 70–100 levels (gain 2.2–3), where the edge between a card and its desk falls under
 * {@link CARD_EDGE_MIN_CONTRAST} and the card's header band is taken for its top edge (card-one-sided-desk:
 * 1.91 instead of 1.63, so its portrait was taken for the person). Only squeezed frames are looked at again,
 * so a normal frame's card is found exactly as before.
 */
export const CARD_STRETCH_MIN_GAIN = 2;

/** The largest contrast gain of that second look (a frame of 85 levels or fewer is stretched ×3, no more). */
export const CARD_STRETCH_MAX_GAIN = 3;
