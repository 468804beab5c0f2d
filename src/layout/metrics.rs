//! Fixed sizes of the map, in points at 100 % zoom (= SVG user units).
//! Sizes follow the type scale 12/14/18/24 and 12–16 px gutters.

/// Space around the whole poster.
pub const MARGIN: f32 = 32.0;
/// Width of the lane title column.
pub const LANE_TITLE_WIDTH: f32 = 176.0;
/// Width of one stage column.
pub const STAGE_WIDTH: f32 = 232.0;
/// Space between stage columns.
pub const COLUMN_GAP: f32 = 8.0;
/// Padding inside a cell around its cards.
pub const CELL_PADDING: f32 = 10.0;
/// Vertical gap between cards in a cell.
pub const CARD_GAP: f32 = 8.0;
/// Padding inside a card.
pub const CARD_PADDING: f32 = 9.0;
/// Corner radius of cards.
pub const CARD_RADIUS: f32 = 6.0;
/// Card text size.
pub const CARD_TEXT: f32 = 13.0;
/// Room on the right of a card for the confidence marker.
pub const MARKER_COLUMN: f32 = 12.0;
/// Size of a channel icon on a touchpoint card.
pub const ICON_SIZE: f32 = 16.0;
/// Height of the evidence badge.
pub const BADGE_HEIGHT: f32 = 16.0;
/// Margin between a card's edge and its picture frame.
pub const PICTURE_INSET: f32 = 4.0;
/// Height of a picture frame per unit of width (4:3). Fixed, so a layout
/// never depends on whether a picture can be read, and every export draws
/// the frame where the canvas does.
pub const PICTURE_ASPECT: f32 = 0.75;

/// Title of the map.
pub const TITLE_TEXT: f32 = 24.0;
/// Goal and scenario lines in the header.
pub const LENS_TEXT: f32 = 14.0;
/// Width of a persona card in the header.
pub const PERSONA_WIDTH: f32 = 268.0;
/// Stage names.
pub const STAGE_TEXT: f32 = 15.0;
/// Stage descriptions and small labels.
pub const SMALL_TEXT: f32 = 12.0;
/// Lane titles.
pub const LANE_TEXT: f32 = 14.0;
/// Space between the header band and the grid.
pub const HEADER_GAP: f32 = 24.0;
/// Minimum height of a card lane.
pub const MIN_LANE_HEIGHT: f32 = 56.0;
/// Height of the emotion plot.
pub const EMOTION_HEIGHT: f32 = 150.0;
/// Height of a metric lane.
pub const METRIC_HEIGHT: f32 = 68.0;
/// Height of a blueprint line lane.
pub const LINE_HEIGHT: f32 = 30.0;
/// Height of a collapsed lane.
pub const COLLAPSED_HEIGHT: f32 = 30.0;
/// Height of the footer under the grid.
pub const FOOTER_HEIGHT: f32 = 36.0;
/// Length of the chevron point of stage headers.
pub const CHEVRON: f32 = 10.0;
/// Diameter of an emotion face.
pub const FACE_SIZE: f32 = 20.0;
/// Space between two entries of the emotion legend.
pub const LEGEND_GAP: f32 = 4.0;
