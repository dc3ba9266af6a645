import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws the app icon once: `java packaging/installer/IconMaker.java packaging/installer/digitwhisk.png`. */
public class IconMaker {
  public static void main(String[] args) throws Exception {
    int size = 256;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(0x2563eb), size, size, new Color(0x7c3aed)));
    g.fill(new RoundRectangle2D.Float(8, 8, size - 16, size - 16, 56, 56));
    // a hand-drawn "7" as a stroke, the way a user draws it on the pad
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(26, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawPolyline(new int[] {70, 186, 112}, new int[] {72, 72, 200}, 3);
    g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(110, 138, 170, 138);
    g.dispose();
    ImageIO.write(image, "png", new File(args[0]));
  }
}
