package dev.digitwhisk.client.ui.imports;

import com.sun.javafx.scene.SceneHelper;
import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.TKDropTargetListener;
import com.sun.javafx.tk.TKScene;
import com.sun.javafx.tk.Toolkit;
import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * An OS-level drop without an OS: the calls Glass makes into the scene when another application
 * drops onto the window (drag enter, drag over, drop), with a toolkit dragboard holding the content.
 * The scene answers with its own DnD gesture and real DragEvents (so {@code setDropCompleted} works).
 * JavaFX sits on the class path in the tests, so its internals are reachable without add-opens.
 */
public final class OsDrop {
  private OsDrop() {}

  /** Drops {@code content} onto the centre of {@code target}. FX thread. */
  public static TransferMode onto(Node target, ClipboardContent content) {
    Scene scene = target.getScene();
    TKClipboard osBoard = new OsDragboard(Toolkit.getToolkit().createLocalClipboard());
    Dragboard filler = DragboardHelper.createDragboard(osBoard);
    DragboardHelper.setDataAccessRestriction(filler, false);
    filler.setContent(content);
    Bounds b = target.localToScene(target.getBoundsInLocal());
    double x = b.getCenterX();
    double y = b.getCenterY();
    double sx = x + scene.getWindow().getX() + scene.getX();
    double sy = y + scene.getWindow().getY() + scene.getY();
    TKDropTargetListener listener = listener(SceneHelper.getPeer(scene));
    listener.dragEnter(x, y, sx, sy, TransferMode.COPY, osBoard);
    TransferMode accepted = listener.dragOver(x, y, sx, sy, TransferMode.COPY);
    if (accepted == null) {
      listener.dragExit(x, y, sx, sy);
      return null;
    }
    return listener.drop(x, y, sx, sy, TransferMode.COPY);
  }

  /** What an OS drag source offers: its content, and "copy" as the only action (a file manager's default). */
  @SuppressWarnings("removal")
  private record OsDragboard(TKClipboard content) implements TKClipboard {
    @Override
    public void setSecurityContext(java.security.AccessControlContext context) {
      content.setSecurityContext(context);
    }

    @Override
    public Set<DataFormat> getContentTypes() {
      return content.getContentTypes();
    }

    @Override
    @SafeVarargs
    public final boolean putContent(Pair<DataFormat, Object>... items) {
      return content.putContent(items);
    }

    @Override
    public Object getContent(DataFormat format) {
      return content.getContent(format);
    }

    @Override
    public boolean hasContent(DataFormat format) {
      return content.hasContent(format);
    }

    @Override
    public Set<TransferMode> getTransferModes() {
      return EnumSet.of(TransferMode.COPY);
    }

    @Override
    public void setDragView(Image image) {
      content.setDragView(image);
    }

    @Override
    public void setDragViewOffsetX(double offset) {
      content.setDragViewOffsetX(offset);
    }

    @Override
    public void setDragViewOffsetY(double offset) {
      content.setDragViewOffsetY(offset);
    }

    @Override
    public Image getDragView() {
      return content.getDragView();
    }

    @Override
    public double getDragViewOffsetX() {
      return content.getDragViewOffsetX();
    }

    @Override
    public double getDragViewOffsetY() {
      return content.getDragViewOffsetY();
    }
  }

  private static TKDropTargetListener listener(TKScene peer) {
    for (Class<?> c = peer.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField("dropTargetListener");
        f.setAccessible(true);
        return (TKDropTargetListener) f.get(peer);
      } catch (NoSuchFieldException e) {
        // look in the superclass (GlassScene holds it)
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no drop target listener on " + peer.getClass());
  }
}
