package nll.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nll.validation.Require;

/**
 * Widgets laid out in a row or a column (ipywidgets' HBox and VBox): sliders side by side, a chart under its
 * controls. Immutable; its children are referenced in the model's {@code children} as {@code "IPY_MODEL_<id>"}.
 * A kernel without widgets prints the children's texts and shows the last image among them.
 */
public final class Box extends Widget {

    /** How the children are laid out. */
    public enum Direction {
        /** Side by side (HBox). */
        ROW("HBoxModel", "HBoxView"),
        /** One under the other (VBox). */
        COLUMN("VBoxModel", "VBoxView");

        final String model;
        final String view;

        Direction(String model, String view) {
            this.model = model;
            this.view = view;
        }
    }

    private final Direction direction;
    private final List<Widget> children;

    private Box(Direction direction, Widget[] children) {
        this.direction = Require.nonNull("direction", direction, "ROW or COLUMN");
        this.children = List.of(Require.nonEmpty("children", children, "widget"));
    }

    /** {@code children} side by side. */
    public static Box row(Widget... children) {
        return new Box(Direction.ROW, children);
    }

    /** {@code children} one under the other. */
    public static Box column(Widget... children) {
        return new Box(Direction.COLUMN, children);
    }

    /** How the children are laid out. */
    public Direction direction() {
        return direction;
    }

    /** The children, in order. */
    public List<Widget> children() {
        return children;
    }

    /** The state of a box model laid out in {@code direction} around the models {@code childIds}. */
    static Map<String, Object> state(Direction direction, List<String> childIds) {
        Map<String, Object> state = Models.state(Control.CONTROLS, direction.model, direction.view);
        state.put("children", childIds.stream().map(Models::reference).collect(Collectors.toList()));
        state.put("box_style", "");
        return state;
    }

    /** Opens the children's models first, so that the box's references name models the front end has. */
    @Override
    String open(WidgetChannel channel) {
        List<String> childIds = new ArrayList<>();
        for (Widget child : children) {
            childIds.add(child.open(channel));
        }
        return channel.open(state(direction, childIds), Map.of(), changes -> {});
    }

    @Override
    Object staticPicture() {
        return Output.staticPicture(children.stream().map(Widget::staticPicture).collect(Collectors.toList()));
    }

    @Override
    public String toString() {
        return children.stream().map(Widget::toString).collect(Collectors.joining(", "));
    }
}
